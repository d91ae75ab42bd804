import { describe, expect, it } from "vitest";
import { batchSpans, groupSpans, hasStart, needsTranscript, type SpanChunk, spanDurationMs, spanLevelDb } from "./audio-spans";

const chunk = (chunkIndex: number, over: Partial<SpanChunk> = {}): SpanChunk => ({
  id: `c${chunkIndex}`,
  chunkIndex,
  spanStartIndex: null,
  mimeType: "audio/webm;codecs=opus",
  sizeBytes: 1000,
  startOffsetMs: chunkIndex * 5000,
  durationMs: 5000,
  levelDb: -20,
  transcriptStatus: "pending",
  ...over,
});

describe("groupSpans", () => {
  it("joins a recorder run's timeslices into one span, in index order; chunks without span fields are spans of their own", () => {
    const spans = groupSpans([
      chunk(4, { spanStartIndex: 3 }),
      chunk(0),
      chunk(3, { spanStartIndex: 3 }),
      chunk(1),
      chunk(5, { spanStartIndex: 3 }),
    ]);
    expect(spans.map((s) => [s.startIndex, s.chunks.map((c) => c.chunkIndex)])).toEqual([
      [0, [0]],
      [1, [1]],
      [3, [3, 4, 5]],
    ]);
    expect(spans.every(hasStart)).toBe(true);
  });

  it("knows a span whose first chunk (the one with the header) is missing", () => {
    const [span] = groupSpans([chunk(8, { spanStartIndex: 7 }), chunk(9, { spanStartIndex: 7 })]);
    expect(span.startIndex).toBe(7);
    expect(hasStart(span)).toBe(false);
  });
});

describe("span measures", () => {
  it("lasts from its first chunk's start to its last chunk's end, or the sum of its chunks without offsets", () => {
    const [span] = groupSpans([
      chunk(0, { spanStartIndex: 0 }),
      chunk(1, { spanStartIndex: 0 }),
      chunk(2, { spanStartIndex: 0, durationMs: 2500 }),
    ]);
    expect(spanDurationMs(span)).toBe(12_500);
    const [noOffsets] = groupSpans([
      chunk(0, { spanStartIndex: 0, startOffsetMs: null }),
      chunk(1, { spanStartIndex: 0, startOffsetMs: null, durationMs: null }),
    ]);
    expect(spanDurationMs(noOffsets)).toBe(10_000);
  });

  it("is as loud as its loudest chunk, and unknown when one chunk was not measured", () => {
    const [span] = groupSpans([chunk(0, { spanStartIndex: 0, levelDb: -70 }), chunk(1, { spanStartIndex: 0, levelDb: -31.5 })]);
    expect(spanLevelDb(span)).toBe(-31.5);
    const [unknown] = groupSpans([chunk(0, { spanStartIndex: 0, levelDb: -70 }), chunk(1, { spanStartIndex: 0, levelDb: null })]);
    expect(spanLevelDb(unknown)).toBeNull();
  });

  it("needs a transcript while any chunk is pending or failed", () => {
    expect(needsTranscript(groupSpans([chunk(0, { transcriptStatus: "done" })])[0])).toBe(false);
    expect(needsTranscript(groupSpans([chunk(0, { transcriptStatus: "skipped" })])[0])).toBe(false);
    expect(needsTranscript(groupSpans([chunk(0, { transcriptStatus: "failed" })])[0])).toBe(true);
    expect(needsTranscript(groupSpans([chunk(0, { transcriptStatus: null })])[0])).toBe(true);
  });
});

describe("batchSpans", () => {
  const run = (start: number, parts: number) => Array.from({ length: parts }, (_, i) => chunk(start + i, { spanStartIndex: start }));

  it("cuts batches by span count and audio length, never inside a span", () => {
    // 30 minutes as the SDK records it: 30 spans of 12 five-second timeslices
    const spans = groupSpans(Array.from({ length: 30 }, (_, s) => run(s * 12, 12)).flat());
    const batches = batchSpans(spans, { maxSpans: 60, maxAudioMs: 600_000 });
    expect(batches.map((b) => b.length)).toEqual([10, 10, 10]);
    expect(batches.flat().map((s) => s.chunks.length)).toEqual(Array(30).fill(12));
    // old self-contained 5 s chunks: 60 per batch, as before spans
    const old = groupSpans(Array.from({ length: 130 }, (_, i) => chunk(i)));
    expect(batchSpans(old, { maxSpans: 60, maxAudioMs: 600_000 }).map((b) => b.length)).toEqual([60, 60, 10]);
    // a span longer than a batch's audio still goes, alone
    const long = groupSpans([...run(0, 64), ...run(64, 2)]);
    expect(batchSpans(long, { maxSpans: 60, maxAudioMs: 60_000 }).map((b) => b.map((s) => s.startIndex))).toEqual([[0], [64]]);
  });
});
