import { describe, expect, it } from "vitest";
import { parseRange, sliceBytes } from "./media-range";
import { placeSegments, segmentAt } from "./media-segments";

describe("parseRange", () => {
  it("reads single byte ranges and refuses ranges outside the object", () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=90-500", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=9-3", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1,5-6", 100)).toBeNull(); // multi-range: the whole object
    expect(parseRange("items=0-1", 100)).toBeNull();
  });

  it("slices a stream across part boundaries", async () => {
    async function* parts() {
      yield new Uint8Array([0, 1, 2]);
      yield new Uint8Array([3, 4, 5]);
      yield new Uint8Array([6, 7, 8]);
    }
    const out: number[] = [];
    for await (const p of sliceBytes(parts(), { start: 2, end: 6 })) out.push(...p);
    expect(out).toEqual([2, 3, 4, 5, 6]);
  });
});

describe("placeSegments", () => {
  it("uses the stored offsets and lets a chunk without one follow the previous segment", () => {
    const row = (chunkIndex: number, startOffsetMs: number | null, durationMs: number | null) => ({
      chunkIndex,
      startOffsetMs,
      durationMs,
      mimeType: "audio/webm",
      sizeBytes: 1,
    });
    const segments = placeSegments([row(1, null, null), row(0, 1_000, 4_000), row(2, 20_000, 3_000)]);
    expect(segments.map((s) => [s.index, s.startMs, s.durationMs])).toEqual([
      [0, 1_000, 4_000],
      [1, 5_000, 5_000],
      [2, 20_000, 3_000],
    ]);
    expect(segmentAt(segments, 6_000)?.index).toBe(1);
    expect(segmentAt(segments, 12_000)?.index).toBe(2); // a gap: the next segment
    expect(segmentAt(segments, 23_000)).toBeNull();
  });

  it("makes one segment of an audio span (served at its first chunk) and leaves out a span whose first chunk is missing", () => {
    const part = (chunkIndex: number, spanStartIndex: number | null) => ({
      chunkIndex,
      spanStartIndex,
      startOffsetMs: chunkIndex * 5_000,
      durationMs: 5_000,
      mimeType: "audio/webm",
      sizeBytes: 10,
    });
    const segments = placeSegments([part(0, 0), part(1, 0), part(2, 0), part(3, null), part(5, 4), part(6, 4)]);
    expect(segments.map((s) => [s.index, s.startMs, s.durationMs, s.sizeBytes])).toEqual([
      [0, 0, 15_000, 30],
      [3, 15_000, 5_000, 10],
    ]);
  });
});
