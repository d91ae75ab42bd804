import { describe, expect, it } from "vitest";
import { type ChunkRecord, ChunkUploader, chunkOutcome, openChunkStore } from "./chunk-queue";
import type { Reply, Transport } from "./transport";

describe("chunkOutcome", () => {
  it("retries what may succeed later and turns final refusals into gap reasons", () => {
    expect(chunkOutcome(201)).toBe("done");
    expect(chunkOutcome(200)).toBe("done");
    expect(chunkOutcome(0)).toBe("retry");
    expect(chunkOutcome(429)).toBe("retry");
    expect(chunkOutcome(503)).toBe("retry");
    expect(chunkOutcome(409)).toBe("session_ended");
    expect(chunkOutcome(413)).toBe("too_large");
    expect(chunkOutcome(415)).toBe("rejected");
  });
});

const record = (index: number, over: Partial<ChunkRecord> = {}): ChunkRecord => ({
  id: `s1:audio:${index}`,
  endpoint: "https://ut.test",
  key: "k",
  sessionId: "s1",
  kind: "audio",
  index,
  blob: new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: "audio/webm" }),
  type: "audio/webm",
  startMs: index * 5000,
  durationMs: 5000,
  createdAt: Date.now(),
  ...over,
});

describe("ChunkUploader", () => {
  // a scripted server: answers each PUT with the next status of its chunk's script
  function server(script: Record<string, number[]>) {
    const log: string[] = [];
    const transport = {
      call: async (method: string, path: string, _body?: unknown, headers?: Record<string, string>): Promise<Reply> => {
        log.push(`${method} ${path} ${headers?.["x-chunk-start-ms"]}`);
        const status = script[path]?.shift() ?? 201;
        return { status, data: null, retryAfter: 0 };
      },
    } as unknown as Transport;
    return { transport, log };
  }

  it("uploads in order, keeps a chunk until acknowledged, retries, and reports refused chunks as gaps", async () => {
    const store = await openChunkStore(); // no IndexedDB in node: the in-memory store
    const { transport, log } = server({ "/s1/chunks/audio/1": [503, 201], "/s1/chunks/audio/2": [409] });
    const gaps: string[] = [];
    const uploader = new ChunkUploader(
      store,
      transport,
      (r) => r.key === "k",
      (r, reason) => gaps.push(`${r.index}:${reason}`),
      () => {},
    );
    await store.put(record(0, { key: "another project" }));
    // left by an earlier page load, recorded in this order
    await store.put(record(2, { createdAt: Date.now() + 2 }));
    await store.put(record(1, { createdAt: Date.now() + 1 }));
    await uploader.drain(10_000);
    expect(log.slice(0, 3)).toEqual(["PUT /s1/chunks/audio/1 5000", "PUT /s1/chunks/audio/2 10000", "PUT /s1/chunks/audio/1 5000"]);
    expect(gaps).toEqual(["2:session_ended"]);
    expect((await store.all()).map((r) => r.key)).toEqual(["another project"]);
    expect(uploader.pending).toBe(0);
  });

  it("sends a span's pieces with their span and level, and holds a piece while an earlier piece of its span waits for a retry", async () => {
    const store = await openChunkStore();
    const log: string[] = [];
    const script: Record<string, number[]> = { "/s1/chunks/audio/12": [503, 201] };
    const transport = {
      call: async (_m: string, path: string, _b?: unknown, headers?: Record<string, string>): Promise<Reply> => {
        log.push(`${path.split("/").pop()} span=${headers?.["x-span-start-index"] ?? "-"} level=${headers?.["x-chunk-level-db"] ?? "-"}`);
        return { status: script[path]?.shift() ?? 201, data: null, retryAfter: 0 };
      },
    } as unknown as Transport;
    const uploader = new ChunkUploader(
      store,
      transport,
      () => true,
      () => {},
      () => {},
    );
    const t = Date.now();
    // a span starting at chunk 12 (its first piece fails once), and an older self-contained chunk
    await store.put(record(11, { createdAt: t }));
    await store.put(record(12, { createdAt: t + 1, spanStart: 12, levelDb: -23.46 }));
    await store.put(record(13, { createdAt: t + 2, spanStart: 12, levelDb: -71 }));
    await store.put(record(14, { createdAt: t + 3, spanStart: 12 }));
    await uploader.drain(20_000);
    expect(log).toEqual([
      "11 span=- level=-",
      "12 span=12 level=-23.5", // 503: 13 and 14 wait instead of reaching the server before the header
      "12 span=12 level=-23.5",
      "13 span=12 level=-71.0",
      "14 span=12 level=-",
    ]);
    expect(await store.all()).toEqual([]);
  });

  it("gives up on chunks older than a week with an 'expired' gap", async () => {
    const store = await openChunkStore();
    const { transport, log } = server({});
    const gaps: string[] = [];
    const uploader = new ChunkUploader(
      store,
      transport,
      () => true,
      (r, reason) => gaps.push(`${r.index}:${reason}`),
      () => {},
    );
    await uploader.add(record(5, { createdAt: Date.now() - 8 * 24 * 3600_000 }));
    await uploader.drain(1000);
    expect(gaps).toEqual(["5:expired"]);
    expect(log).toEqual([]);
  });
});
