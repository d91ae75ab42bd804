import { describe, expect, it } from "vitest";
import { backoffDelay, isRetryable, retryAfterMs } from "./backoff";

describe("backoffDelay", () => {
  it("doubles per attempt between half and all of the ceiling, capped at maxMs", () => {
    const low = { random: () => 0 };
    const high = { random: () => 1 };
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, low))).toEqual([500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, high))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(20, high)).toBe(60_000);
    expect(backoffDelay(1000, { ...low, maxMs: 10_000 })).toBe(5000);
  });

  it("never retries sooner than the server's Retry-After", () => {
    expect(backoffDelay(0, { random: () => 0 }, 30_000)).toBe(30_000);
    expect(backoffDelay(10, { random: () => 1 }, 30_000)).toBe(60_000);
  });
});

describe("isRetryable", () => {
  it("retries network failures, timeouts, 429 and 5xx, not other client errors", () => {
    expect([0, 408, 425, 429, 500, 502, 503].every(isRetryable)).toBe(true);
    expect([200, 400, 401, 403, 404, 409, 413, 415].some(isRetryable)).toBe(false);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds or an HTTP date", () => {
    expect(retryAfterMs("12")).toBe(12_000);
    expect(retryAfterMs(new Date(1_000_000 + 5000).toUTCString(), 1_000_000)).toBe(5000);
    expect(retryAfterMs(null)).toBe(0);
    expect(retryAfterMs("soon")).toBe(0);
  });
});
