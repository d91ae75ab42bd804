// The Segmenter against a stand-in for the browser's MediaRecorder (node has none): it hands out
// data when asked, as the real one does with start(timeslice) and stop().
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Segment, Segmenter } from "./segments";

class StandInRecorder {
  static all: StandInRecorder[] = [];
  state: "inactive" | "recording" = "inactive";
  mimeType = "audio/webm;codecs=opus";
  timeslice?: number;
  ondataavailable: ((e: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  pieces = 0;
  constructor() {
    StandInRecorder.all.push(this);
  }
  start(timeslice?: number) {
    this.state = "recording";
    this.timeslice = timeslice;
  }
  /** what the browser does every timeslice */
  emit() {
    this.ondataavailable?.({ data: new Blob([`piece ${this.pieces++}`], { type: this.mimeType }) });
  }
  stop() {
    this.state = "inactive";
    this.emit();
    this.onstop?.();
  }
}

const stream = { getTracks: () => [{ readyState: "live", stop() {} }] } as unknown as MediaStream;

beforeEach(() => {
  vi.useFakeTimers();
  StandInRecorder.all = [];
  vi.stubGlobal("MediaRecorder", StandInRecorder);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("Segmenter", () => {
  it("with a timeslice: one recorder run per segment, each piece delivered at once, the first of a run flagged", async () => {
    const got: Segment[] = [];
    const seg = new Segmenter(
      stream,
      {},
      60_000,
      (s) => got.push(s),
      () => {},
      5_000,
    );
    seg.start();
    const [first] = StandInRecorder.all;
    expect(first.timeslice).toBe(5_000);
    first.emit();
    first.emit();
    expect(got.map((s) => s.first)).toEqual([true, false]);
    vi.advanceTimersByTime(60_000); // the next run starts, the old one stops and hands over its last piece
    expect(StandInRecorder.all).toHaveLength(2);
    StandInRecorder.all[1].emit();
    await seg.stop();
    expect(got.map((s) => [s.first, got.indexOf(got.find((g) => g.run === s.run)!)])).toEqual([
      [true, 0],
      [false, 0],
      [false, 0], // the old run's last piece
      [true, 3], // the new run
      [false, 3],
    ]);
    expect(await got[3].blob.text()).toBe("piece 0");
  });

  it("without a timeslice: a run is one self-contained segment, delivered when it stops", async () => {
    const got: Segment[] = [];
    const seg = new Segmenter(
      stream,
      {},
      10_000,
      (s) => got.push(s),
      () => {},
    );
    seg.start();
    StandInRecorder.all[0].emit();
    expect(got).toHaveLength(0);
    await seg.pause();
    expect(got).toHaveLength(1);
    expect(got[0].first).toBe(true);
    expect(await got[0].blob.text()).toBe("piece 0piece 1");
  });
});
