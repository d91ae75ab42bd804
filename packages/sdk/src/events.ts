// The event pipeline: events are stamped when they happen, batched (count / bytes / time), sent in
// order with retries and backoff, and handed to sendBeacon when the page is hidden. Each event has
// its own id, so a batch sent twice (retry, beacon after a lost answer) is stored once.
import { backoffDelay, isRetryable } from "./backoff";
import { Batcher, splitBySize } from "./batcher";
import { cleanUrl } from "./dom";
import { failure, ok, sleep, type Transport } from "./transport";
import type { Emit } from "./types";

interface Pending {
  id: string;
  type: string;
  at: number;
  url?: string;
  data: Record<string, unknown>;
}

const MAX_ATTEMPTS = 10;

export const uid = (): string =>
  typeof crypto !== "undefined" && crypto.randomUUID
    ? crypto.randomUUID()
    : Date.now().toString(36) + Math.random().toString(36).slice(2, 14);

export class EventPipeline {
  private queue: Pending[][] = [];
  private sending: Promise<void> | null = null;
  private batcher = new Batcher<Pending>({ maxCount: 50, maxBytes: 64 * 1024, maxWaitMs: 5000 }, (batch) => {
    this.queue.push(batch);
    this.pump();
  });

  constructor(
    private transport: Transport,
    private session: () => { id: string; t0: number } | null,
    private emit: Emit,
    private onEnded: () => void,
  ) {}

  push(type: string, data: Record<string, unknown>): void {
    this.batcher.add({ id: uid(), type, at: Date.now(), url: typeof location === "undefined" ? undefined : cleanUrl(location.href), data });
  }

  private wire(batch: Pending[], t0: number) {
    return {
      events: batch.map((e) => ({ id: e.id, type: e.type, offsetMs: Math.max(0, Math.round(e.at - t0)), url: e.url, data: e.data })),
    };
  }

  private remove(batch: Pending[]) {
    const i = this.queue.indexOf(batch);
    if (i >= 0) this.queue.splice(i, 1);
  }

  /** Sends queued batches one after another (no-op until a session is attached). */
  pump(): Promise<void> {
    return (this.sending ??= (async () => {
      for (let attempt = 0; this.queue.length;) {
        const s = this.session();
        if (!s) return;
        const batch = this.queue[0];
        const reply = await this.transport.call("POST", `/${s.id}/events`, this.wire(batch, s.t0));
        if (ok(reply) || !isRetryable(reply.status) || attempt + 1 >= MAX_ATTEMPTS) {
          this.remove(batch);
          attempt = 0;
          if (!ok(reply))
            this.emit("error", { code: "events_not_stored", count: batch.length, message: failure("sending events", reply).message });
          if (reply.status === 409) this.onEnded();
        } else await sleep(backoffDelay(attempt++, {}, reply.retryAfter));
      }
    })().finally(() => (this.sending = null)));
  }

  /** Page hidden or unloading: everything not yet acknowledged goes out with sendBeacon. */
  beacon(): void {
    this.batcher.flush();
    const s = this.session();
    if (!s) return;
    for (const batch of [...this.queue]) {
      // beacons are limited to 64 KB in flight: stay well under it
      const groups = splitBySize(batch, 500, 48 * 1024);
      if (groups.every((g) => this.transport.beacon(`/${s.id}/events`, this.wire(g, s.t0)))) this.remove(batch);
    }
  }

  /** Closes the current batch and waits until everything is sent (or `timeoutMs` passed). */
  async drain(timeoutMs: number): Promise<void> {
    this.batcher.flush();
    const until = Date.now() + timeoutMs;
    while (this.queue.length && this.session() && Date.now() < until) await Promise.race([this.pump(), sleep(until - Date.now())]);
  }
}
