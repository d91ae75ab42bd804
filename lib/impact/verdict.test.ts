import { describe, expect, it } from "vitest";
import { judgeImpact } from "./verdict";

describe("judgeImpact", () => {
  it("improved when the rate falls by 20 % or more", () => {
    expect(judgeImpact({ sessions: 10, hits: 5 }, { sessions: 10, hits: 2 }, 5)).toEqual({
      baselineRate: 0.5,
      currentRate: 0.2,
      changePercent: -60,
      verdict: "improved",
    });
    expect(judgeImpact({ sessions: 10, hits: 5 }, { sessions: 10, hits: 4 }, 5).verdict).toBe("improved"); // exactly −20 %
  });
  it("no change within ±20 %", () => {
    expect(judgeImpact({ sessions: 10, hits: 5 }, { sessions: 20, hits: 11 }, 5)).toMatchObject({
      changePercent: 10,
      verdict: "no_change",
    });
    expect(judgeImpact({ sessions: 10, hits: 0 }, { sessions: 10, hits: 0 }, 5)).toMatchObject({ changePercent: 0, verdict: "no_change" });
  });
  it("worse when the rate rises by 20 % or more, or appears from zero", () => {
    expect(judgeImpact({ sessions: 10, hits: 2 }, { sessions: 10, hits: 5 }, 5)).toMatchObject({ changePercent: 150, verdict: "worse" });
    expect(judgeImpact({ sessions: 10, hits: 0 }, { sessions: 10, hits: 1 }, 5)).toMatchObject({ changePercent: null, verdict: "worse" });
  });
  it("not enough data is its own result, never 100 % or improved", () => {
    expect(judgeImpact({ sessions: 10, hits: 5 }, { sessions: 4, hits: 0 }, 5)).toEqual({
      baselineRate: 0.5,
      currentRate: 0,
      changePercent: null,
      verdict: "not_enough_data",
    });
    expect(judgeImpact({ sessions: 0, hits: 0 }, { sessions: 9, hits: 0 }, 5).verdict).toBe("not_enough_data");
  });
});
