// Per-function concurrency as Inngest applies it: each limit counts the runs in progress for one
// value of its key (`event.data.sessionId` → one count per session); a run starts only when every
// limit it falls under has room, and otherwise waits in FIFO order. Runs of other keys are not held
// up by a full key. A run parked in a long sleep gives its slots back, as in Inngest.
import { evaluateKey } from "./expressions";
import type { Concurrency, FunctionConfig, InngestEvent } from "./types";

export function concurrencyLimits(fn: FunctionConfig): Concurrency[] {
  const c = fn.concurrency;
  if (c === undefined || c === null) return [];
  const list = Array.isArray(c) ? c : [typeof c === "number" ? { limit: c } : c];
  return list.filter((l) => l.limit > 0);
}

/** The slot names a run of `fn` for `event` occupies, one per limit. */
export function slotsFor(fn: FunctionConfig, event: InngestEvent): { slot: string; limit: number }[] {
  return concurrencyLimits(fn).map((l, i) => {
    // scope "fn" (the default) counts per function; env/account keys are shared across functions
    const owner = !l.scope || l.scope === "fn" ? fn.id : l.scope;
    const key = l.key ? evaluateKey(l.key, { event }) : "*";
    return { slot: `${owner}#${l.key ? l.key : i}=${key}`, limit: l.limit };
  });
}

export class ConcurrencyLimiter {
  private running = new Map<string, number>();
  private waiting: { slots: { slot: string; limit: number }[]; start: () => void }[] = [];

  /** Starts `start` now if every slot has room, else when it has; FIFO among runs that compete. */
  enqueue(slots: { slot: string; limit: number }[], start: () => void): void {
    this.waiting.push({ slots, start });
    this.drain();
  }

  release(slots: { slot: string; limit: number }[]): void {
    for (const { slot } of slots) this.running.set(slot, Math.max(0, (this.running.get(slot) ?? 0) - 1));
    this.drain();
  }

  private fits(slots: { slot: string; limit: number }[]) {
    return slots.every(({ slot, limit }) => (this.running.get(slot) ?? 0) < limit);
  }

  private drain() {
    // a waiting run holds its slots' places: later runs for the same slot must not overtake it
    const blocked = new Set<string>();
    const still: typeof this.waiting = [];
    for (const item of this.waiting) {
      if (item.slots.some((s) => blocked.has(s.slot)) || !this.fits(item.slots)) {
        for (const s of item.slots) blocked.add(s.slot);
        still.push(item);
        continue;
      }
      for (const { slot } of item.slots) this.running.set(slot, (this.running.get(slot) ?? 0) + 1);
      item.start();
    }
    this.waiting = still;
  }
}
