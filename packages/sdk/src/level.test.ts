import { describe, expect, it } from "vitest";
import { createLevelMeter, rmsDb } from "./level";

describe("rmsDb", () => {
  it("measures RMS in dBFS: full-scale square 0, half scale about -6, digital silence -100", () => {
    expect(rmsDb([1, -1, 1, -1])).toBe(0);
    expect(rmsDb([0.5, -0.5])).toBe(-6);
    expect(rmsDb(new Float32Array(2048).fill(0.001))).toBe(-60);
    expect(rmsDb(new Float32Array(2048))).toBe(-100);
    expect(rmsDb(new Float32Array(2048).fill(1e-9))).toBe(-100);
  });
});

describe("createLevelMeter", () => {
  it("reports nothing (unknown, so the server transcribes) where Web Audio is missing", () => {
    let now = 0;
    const meter = createLevelMeter({} as MediaStream, () => now);
    now = 5000;
    expect(meter.take()).toBeUndefined();
    meter.stop();
  });
});
