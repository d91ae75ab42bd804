// Media chunks waiting for upload. Each recorded segment is written to IndexedDB first and removed
// only when the server has acknowledged it, so a reload, a crash or going offline loses nothing:
// the next page load with the same key resumes the uploads. Failures are retried with backoff;
// a chunk the server refuses for good is reported as a gap (never silently dropped). An audio
// span's timeslices go up in order: one waits while an earlier piece of its span is still queued,
// because the server takes a continuation only after the piece with the header (ADR 010).
import { backoffDelay, isRetryable } from "./backoff";
import { sleep, type Transport } from "./transport";

export interface ChunkRecord {
  id: string;
  endpoint: string;
  key: string;
  sessionId: string;
  kind: "audio" | "screen";
  index: number;
  blob: Blob;
  type: string;
  startMs: number;
  durationMs: number;
  createdAt: number;
  /** audio: index of the first chunk of this chunk's recorder run (absent: a self-contained chunk) */
  spanStart?: number;
  /** audio: the chunk's loudest moment in dBFS, when measured */
  levelDb?: number;
}

const spanOf = (r: ChunkRecord) => (r.spanStart === undefined ? null : `${r.endpoint} ${r.sessionId} ${r.kind} ${r.spanStart}`);

export interface ChunkStore {
  put(r: ChunkRecord): Promise<void>;
  del(id: string): Promise<void>;
  all(): Promise<ChunkRecord[]>;
}

const EXPIRE_MS = 7 * 24 * 3600_000;

function memoryStore(): ChunkStore {
  const m = new Map<string, ChunkRecord>();
  return {
    put: async (r) => void m.set(r.id, r),
    del: async (id) => void m.delete(id),
    all: async () => [...m.values()],
  };
}

/** IndexedDB when available; memory otherwise (and for records IndexedDB refuses, e.g. over quota). */
export function openChunkStore(): Promise<ChunkStore> {
  const mem = memoryStore();
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open("usertests-sdk", 1);
    } catch {
      return resolve(mem);
    }
    req.onupgradeneeded = () => req.result.createObjectStore("chunks", { keyPath: "id" });
    req.onerror = () => resolve(mem);
    req.onsuccess = () => {
      const db = req.result;
      const run = <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((res, rej) => {
          const tx = db.transaction("chunks", mode);
          const r = fn(tx.objectStore("chunks"));
          tx.oncomplete = () => res(r.result);
          tx.onerror = tx.onabort = () => rej(tx.error);
        });
      resolve({
        put: (r) =>
          run("readwrite", (s) => s.put(r)).then(
            () => {},
            () => mem.put(r),
          ),
        del: (id) => Promise.all([mem.del(id), run("readwrite", (s) => s.delete(id)).catch(() => {})]).then(() => {}),
        all: async () => {
          const all = new Map<string, ChunkRecord>();
          for (const r of await run("readonly", (s) => s.getAll() as IDBRequest<ChunkRecord[]>).catch(() => [])) all.set(r.id, r);
          for (const r of await mem.all()) all.set(r.id, r);
          return [...all.values()];
        },
      });
    };
  });
}

/** What to do after an upload answered `status`: done, retry later, or give up with this gap reason. */
export function chunkOutcome(status: number): "done" | "retry" | string {
  if (status >= 200 && status < 300) return "done";
  if (isRetryable(status)) return "retry";
  return status === 409 ? "session_ended" : status === 413 ? "too_large" : "rejected";
}

export class ChunkUploader {
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private notBefore = new Map<string, number>();
  private attempts = new Map<string, number>();
  pending = 0;

  constructor(
    private store: ChunkStore,
    private transport: Transport,
    private mine: (r: ChunkRecord) => boolean,
    private gap: (r: ChunkRecord, reason: string) => void,
    private onChange: () => void,
  ) {}

  async add(r: ChunkRecord): Promise<void> {
    await this.store.put(r);
    this.kick();
  }

  kick(): Promise<void> {
    if (this.wake) this.wake();
    return (this.running ??= this.loop().finally(() => (this.running = null)));
  }

  /** Resolves when every chunk is uploaded (or given up), or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void> {
    return Promise.race([this.kick(), sleep(timeoutMs)]);
  }

  private async loop() {
    for (;;) {
      const now = Date.now();
      const queue = (await this.store.all()).filter(this.mine).sort((a, b) => a.createdAt - b.createdAt || a.index - b.index);
      this.setPending(queue.length);
      if (!queue.length) return;
      let next = Infinity;
      // spans with a piece still queued in this pass: their later pieces wait for it
      const held = new Set<string>();
      for (const r of queue) {
        const span = spanOf(r);
        if (span && held.has(span)) continue;
        const at = this.notBefore.get(r.id) ?? 0;
        if (at > now) {
          next = Math.min(next, at);
          if (span) held.add(span);
          continue;
        }
        next = 0;
        if (!(await this.upload(r)) && span) held.add(span);
      }
      if (next > 0) await new Promise<void>((r) => ((this.wake = r), setTimeout(r, next - Date.now()))).then(() => (this.wake = null));
    }
  }

  /** Uploads one chunk; false when it stays queued for a retry. */
  private async upload(r: ChunkRecord): Promise<boolean> {
    if (Date.now() - r.createdAt > EXPIRE_MS) return this.drop(r, "expired");
    const headers: Record<string, string> = {
      "content-type": r.type,
      "x-chunk-start-ms": String(Math.max(0, Math.round(r.startMs))),
      "x-chunk-duration-ms": String(Math.max(0, Math.round(r.durationMs))),
    };
    if (r.spanStart !== undefined) headers["x-span-start-index"] = String(r.spanStart);
    if (r.levelDb !== undefined) headers["x-chunk-level-db"] = r.levelDb.toFixed(1);
    const reply = await this.transport.call("PUT", `/${r.sessionId}/chunks/${r.kind}/${r.index}`, r.blob, headers);
    const outcome = chunkOutcome(reply.status);
    if (outcome === "done") {
      await this.store.del(r.id);
      this.attempts.delete(r.id);
      this.notBefore.delete(r.id);
    } else if (outcome === "retry") {
      const n = this.attempts.get(r.id) ?? 0;
      this.attempts.set(r.id, n + 1);
      this.notBefore.set(r.id, Date.now() + backoffDelay(n, {}, reply.retryAfter));
      return false;
    } else return this.drop(r, outcome);
    return true;
  }

  private async drop(r: ChunkRecord, reason: string): Promise<boolean> {
    await this.store.del(r.id);
    this.gap(r, reason);
    return true;
  }

  private setPending(n: number) {
    if (n !== this.pending) {
      this.pending = n;
      this.onChange();
    }
  }
}
