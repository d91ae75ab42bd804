import { describe, expect, it } from "vitest";
import { clipFragment, clipWindow } from "./clip-window";

const seg = (index: number, startMs: number, durationMs: number) => ({ index, mimeType: "audio/webm", startMs, durationMs });

describe("clipWindow", () => {
  it("plays from 5 s before to 15 s after the moment, inside the segment that covers it", () => {
    expect(clipWindow([seg(0, 0, 60_000), seg(12, 60_000, 60_000)], 75_000)).toEqual({
      index: 12,
      mimeType: "audio/webm",
      startSec: 10,
      endSec: 30,
    });
  });

  it("is cut at the segment's edges rather than stitched across two files", () => {
    expect(clipWindow([seg(0, 0, 60_000), seg(12, 60_000, 60_000)], 2_000)).toMatchObject({ index: 0, startSec: 0, endSec: 17 });
    expect(clipWindow([seg(0, 0, 60_000), seg(12, 60_000, 60_000)], 58_000)).toMatchObject({ index: 0, startSec: 53, endSec: 60 });
  });

  it("plays the next segment when the moment falls in a short gap, and nothing after the end or before a long gap", () => {
    expect(clipWindow([seg(0, 0, 10_000), seg(2, 20_000, 10_000)], 15_000)).toMatchObject({ index: 2, startSec: 0, endSec: 10 });
    expect(clipWindow([seg(0, 0, 10_000)], 12_000)).toBeNull();
    expect(clipWindow([seg(3, 60_000, 10_000)], 1_000)).toBeNull();
    expect(clipWindow([], 1_000)).toBeNull();
  });

  it("asks the element for the window with a media fragment", () => {
    expect(clipFragment({ startSec: 7, endSec: 27.5 })).toBe("#t=7.00,27.50");
  });
});
