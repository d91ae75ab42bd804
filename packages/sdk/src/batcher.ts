// Groups events into batches: a batch is closed when it reaches maxCount events or maxBytes of
// JSON, or maxWaitMs after its first event. Timers are injected so the logic is testable.

export interface BatcherOptions {
  maxCount: number;
  maxBytes: number;
  maxWaitMs: number;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const defaultTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

export const byteLength = (value: unknown): number => {
  const json = JSON.stringify(value);
  // UTF-8 length without TextEncoder allocations for the common ASCII case
  let n = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c > 0x7f) n += c <= 0x7ff || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2; // 2, 3, or 4 per surrogate pair
  }
  return n;
};

export class Batcher<T> {
  private items: T[] = [];
  private bytes = 0;
  private timer: unknown = null;

  constructor(
    private opts: BatcherOptions,
    private onBatch: (items: T[]) => void,
    private timers: Timers = defaultTimers,
  ) {}

  get size(): number {
    return this.items.length;
  }

  add(item: T): void {
    const size = byteLength(item) + 1;
    // an item that would overflow the batch closes the current one first
    if (this.items.length && this.bytes + size > this.opts.maxBytes) this.flush();
    this.items.push(item);
    this.bytes += size;
    if (this.items.length >= this.opts.maxCount || this.bytes >= this.opts.maxBytes) this.flush();
    else if (this.timer === null) this.timer = this.timers.set(() => this.flush(), this.opts.maxWaitMs);
  }

  /** Closes the current batch now (no-op when empty). */
  flush(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    if (!this.items.length) return;
    const items = this.items;
    this.items = [];
    this.bytes = 0;
    this.onBatch(items);
  }
}

/** Splits items into groups of at most maxCount items and maxBytes of JSON (for beacons). */
export function splitBySize<T>(items: T[], maxCount: number, maxBytes: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = byteLength(item) + 1;
    if (current.length && (current.length >= maxCount || bytes + size > maxBytes)) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) groups.push(current);
  return groups;
}
