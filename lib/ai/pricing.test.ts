import { describe, expect, it } from "vitest";
import { estimateCostUsd, tokenPriceFor } from "./pricing";

describe("pricing", () => {
  it("matches model families, dated names included", () => {
    expect(tokenPriceFor("claude-sonnet-4-5-20250929")).toMatchObject({ known: true, price: { input: 3, output: 15 } });
    expect(tokenPriceFor("claude-sonnet-4-6").price).toMatchObject({ input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 });
    expect(tokenPriceFor("claude-haiku-4-5").price).toMatchObject({ input: 1, output: 5 });
    expect(tokenPriceFor("claude-3-5-haiku-20241022").price).toMatchObject({ input: 0.8, output: 4 });
    expect(tokenPriceFor("claude-opus-4-1-20250805").price).toMatchObject({ input: 15, output: 75 });
    expect(tokenPriceFor("claude-opus-4-20250514").price).toMatchObject({ input: 15, output: 75 });
    expect(tokenPriceFor("claude-opus-4-5").price).toMatchObject({ input: 5, output: 25 });
    expect(tokenPriceFor("some-other-model")).toMatchObject({ known: false, price: { input: 3, output: 15 } });
  });

  it("adds input, output, cache reads and cache writes at their own rates", () => {
    // 1M of each on Sonnet: 3 + 15 + 0.30 + 3.75
    const m = 1_000_000;
    expect(
      estimateCostUsd({ model: "claude-sonnet-4-6", inputTokens: m, outputTokens: m, cacheReadTokens: m, cacheWriteTokens: m }),
    ).toBeCloseTo(22.05, 6);
    expect(estimateCostUsd({ model: "claude-sonnet-4-6", inputTokens: 1200, outputTokens: 80 })).toBe(0.0048);
    expect(estimateCostUsd({ model: "claude-sonnet-4-6" })).toBe(0);
  });

  it("prices transcription per audio minute", () => {
    expect(estimateCostUsd({ model: "whisper-1", audioSeconds: 90 })).toBe(0.009);
    expect(estimateCostUsd({ model: "gpt-4o-mini-transcribe", audioSeconds: 60 })).toBe(0.003);
  });
});
