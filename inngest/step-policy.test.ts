// The one step-failure policy: which errors are final, when a step is retried (the provider's own
// retry-after when it sent one, bounded; else the function's schedule or Inngest's backoff), and that
// a step giving up records the failure once, from inside the step.
import Anthropic from "@anthropic-ai/sdk";
import { NonRetriableError, RetryAfterError } from "inngest";
import { describe, expect, it } from "vitest";
import { AiNotConfiguredError } from "@/lib/ai/anthropic";
import { serverRetryAfterMs } from "@/lib/ai/retry";
import { AppError } from "@/lib/errors";
import { GithubProblem } from "@/lib/github/github-error";
import { RunSupersededError } from "@/lib/processing/session-run-lock";
import { failureKind, failureReason, stepFailurePolicy } from "./step-policy";

const apiError = (status: number, headers: Record<string, string>) =>
  Anthropic.APIError.generate(
    status,
    { type: "error", error: { type: "rate_limit_error", message: "slow down" } },
    undefined,
    new Headers(headers),
  );

const scheduled = stepFailurePolicy({ retries: 2, retryDelaysMs: [60_000, 300_000] });

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

describe("failureKind", () => {
  it("is final for missing configuration, missing records, superseded runs and GitHub answers that cannot change", () => {
    for (const e of [
      new AiNotConfiguredError("anthropic", "Signal extraction needs ANTHROPIC_API_KEY"),
      new AppError("not_found", "Session not found"),
      new AppError("validation_failed", "bad"),
      new AppError("conflict", "The implementation has no spec yet"),
      new AppError("unprocessable", "The GitHub credentials were encrypted with another GITHUB_CREDENTIALS_KEY"),
      new RunSupersededError("run_1"),
      new GithubProblem("No permission on acme/web", false, 403),
      new NonRetriableError("stop"),
    ]) {
      expect(failureKind(e)).toEqual({ final: true });
    }
  });

  it("is retriable for GitHub outages and rate limits, model errors and anything unknown", () => {
    expect(failureKind(new GithubProblem("GitHub is failing (502); retrying later.", true, 502))).toEqual({
      final: false,
      providerRetryAfterMs: null,
    });
    expect(failureKind(apiError(429, { "retry-after": "7" }))).toEqual({ final: false, providerRetryAfterMs: 7000 });
    expect(failureKind(new Error("socket hang up"))).toEqual({ final: false, providerRetryAfterMs: null });
    expect(failureKind(new AppError("rate_limited", "slow"))).toEqual({ final: false, providerRetryAfterMs: null });
  });
});

describe("toInngestError", () => {
  it("retries after the provider's delay (at least 1 s, at most 1 h), else after 1 min, then 5 min", () => {
    const retryAfter = (e: unknown, attempt = 0) => (scheduled.toInngestError(e, attempt) as RetryAfterError).retryAfter;
    expect(retryAfter(apiError(429, { "retry-after": "7" }))).toBe("7");
    expect(retryAfter(apiError(429, { "retry-after": "0" }))).toBe("1");
    expect(retryAfter(apiError(429, { "retry-after": "86400" }))).toBe("3600");
    expect(retryAfter(apiError(500, {}))).toBe("60");
    expect(retryAfter(apiError(500, {}), 1)).toBe("300");
  });

  it("does not retry missing configuration", () => {
    expect(scheduled.toInngestError(new AiNotConfiguredError("anthropic", "Signal extraction needs ANTHROPIC_API_KEY"), 0)).toBeInstanceOf(
      NonRetriableError,
    );
  });

  it("stops on the function's last attempt, derived from its own retries", () => {
    expect(scheduled.toInngestError(apiError(500, {}), 1)).toBeInstanceOf(RetryAfterError);
    expect(scheduled.toInngestError(apiError(500, {}), 2)).toBeInstanceOf(NonRetriableError);
    const four = stepFailurePolicy({ retries: 3 });
    expect(four.toInngestError(new Error("socket hang up"), 2)).not.toBeInstanceOf(NonRetriableError);
    expect(four.toInngestError(new Error("socket hang up"), 3)).toBeInstanceOf(NonRetriableError);
  });

  it("without a schedule, leaves a transient error to Inngest's own backoff", () => {
    const error = new GithubProblem("GitHub is failing (502); retrying later.", true, 502);
    expect(stepFailurePolicy({ retries: 3 }).toInngestError(error, 0)).toBe(error);
  });
});

describe("guard", () => {
  const recording = (retries: 2 | 3) => {
    const recorded: { data: { id: string }; runId: string; reason: string }[] = [];
    const policy = stepFailurePolicy<{ id: string }>({ retries, recordFailure: async (f) => void recorded.push(f) });
    return { policy, recorded };
  };

  it("records a final failure inside the step, with the readable reason, and stops retries", async () => {
    const { policy, recorded } = recording(3);
    const body = policy.guard({ data: { id: "impl_1" }, runId: "run_1", attempt: 0 })(async () => {
      throw new GithubProblem("Repository acme/web was not found, or the credentials cannot see it.", false, 404);
    });
    await expect(body()).rejects.toBeInstanceOf(NonRetriableError);
    expect(recorded).toEqual([
      { data: { id: "impl_1" }, runId: "run_1", reason: "Repository acme/web was not found, or the credentials cannot see it." },
    ]);
  });

  it("records nothing for an attempt that will be retried, and records the last attempt", async () => {
    const { policy, recorded } = recording(2);
    const failing = (attempt: number) =>
      policy.guard({ data: { id: "s" }, runId: "r", attempt })(async () => {
        throw new Error("Internal   server error\n");
      });
    await expect(failing(1)()).rejects.not.toBeInstanceOf(NonRetriableError);
    expect(recorded).toEqual([]);
    await expect(failing(2)()).rejects.toBeInstanceOf(NonRetriableError);
    expect(recorded.map((r) => r.reason)).toEqual(["Internal server error"]);
  });

  it("passes a step's result through untouched", async () => {
    const { policy, recorded } = recording(2);
    expect(await policy.guard({ data: { id: "s" }, runId: "r", attempt: 0 })(async () => ({ signals: 3 }))()).toEqual({ signals: 3 });
    expect(recorded).toEqual([]);
  });
});

describe("onFailure", () => {
  it("records a run that failed outside any step with the same recorder and the original message", async () => {
    const recorded: string[] = [];
    const policy = stepFailurePolicy<{ sessionId: string }>({
      retries: 2,
      recordFailure: async (f) => void recorded.push(`${f.data.sessionId} ${f.runId} ${f.reason}`),
    });
    const wrapped = Object.assign(new Error("outer"), { name: "StepError", cause: new Error("Session not found") });
    await policy.onFailure!({ event: { data: { run_id: "run_9", event: { data: { sessionId: "ses_1" } } } }, error: wrapped });
    expect(recorded).toEqual(["ses_1 run_9 Session not found"]);
    expect(failureReason(wrapped)).toBe("Session not found");
  });

  it("is absent for a function with nothing to record", () => {
    expect(stepFailurePolicy({ retries: 2 }).onFailure).toBeUndefined();
  });
});
