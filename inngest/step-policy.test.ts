// How a failed step is retried: after the provider's own retry-after when it sent one (bounded),
// else on the pipeline's schedule; configuration errors are final.
import Anthropic from "@anthropic-ai/sdk";
import { NonRetriableError, RetryAfterError } from "inngest";
import { describe, expect, it } from "vitest";
import { AiNotConfiguredError } from "@/lib/ai/anthropic";
import { serverRetryAfterMs } from "@/lib/ai/retry";
import { toInngestError } from "./retry-policy";

const apiError = (status: number, headers: Record<string, string>) =>
  Anthropic.APIError.generate(status, { type: "error", error: { type: "rate_limit_error", message: "slow down" } }, undefined, new Headers(headers));

describe("serverRetryAfterMs", () => {
  it("reads retry-after-ms, retry-after in seconds or as a date, also through a wrapping error", () => {
    expect(serverRetryAfterMs(apiError(429, { "retry-after-ms": "1500", "retry-after": "9" }))).toBe(1500);
    expect(serverRetryAfterMs(apiError(429, { "retry-after": "9" }))).toBe(9000);
    const now = Date.parse("2026-12-06T10:00:00Z");
    expect(serverRetryAfterMs(apiError(529, { "retry-after": "Sun, 06 Dec 2026 10:00:30 GMT" }), now)).toBe(30_000);
    expect(serverRetryAfterMs(new Error("step failed", { cause: apiError(429, { "retry-after": "2" }) }))).toBe(2000);
    expect(serverRetryAfterMs(apiError(500, {}))).toBeNull();
    expect(serverRetryAfterMs(new Error("plain"))).toBeNull();
  });
});

describe("toInngestError", () => {
  it("retries after the provider's delay (at least 1 s, at most 1 h), else after 1 min, then 5 min", () => {
    const retryAfter = (e: unknown, attempt = 0) => (toInngestError(e, attempt) as RetryAfterError).retryAfter;
    expect(retryAfter(apiError(429, { "retry-after": "7" }))).toBe("7");
    expect(retryAfter(apiError(429, { "retry-after": "0" }))).toBe("1");
    expect(retryAfter(apiError(429, { "retry-after": "86400" }))).toBe("3600");
    expect(retryAfter(apiError(500, {}))).toBe("60");
    expect(retryAfter(apiError(500, {}), 1)).toBe("300");
  });

  it("does not retry missing configuration", () => {
    expect(toInngestError(new AiNotConfiguredError("anthropic", "Signal extraction needs ANTHROPIC_API_KEY"), 0)).toBeInstanceOf(NonRetriableError);
  });
});
