// The one step-failure policy of every Inngest function (ADR 005). A function declares its `retries`
// here, once, and wraps each step body with the policy's guard; from the error's kind the guard
// decides whether Inngest retries the step, and when. When a step gives up (a final kind, or its last
// attempt) the guard calls the function's one recorder inside that step, so the status a person sees
// is right however the run ends; Inngest's onFailure calls the same recorder for a run that failed
// outside any step. Recorders are idempotent, so both may report the same failure.
import { NonRetriableError, RetryAfterError } from "inngest";
import { serverRetryAfterMs } from "@/lib/ai/retry";
import { AppError, type ErrorCode } from "@/lib/errors";
import { GithubProblem } from "@/lib/github/github-error";

/** Retries Inngest accepts per step (the attempts are one more). */
export type StepRetries = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

/**
 * AppError codes that name a state a retry cannot change: a missing record, bad input, a conflict
 * with the record's state (a run superseded by a newer one, a push without a spec), missing
 * configuration (`service_unavailable`: AiNotConfiguredError, no GITHUB_CREDENTIALS_KEY).
 */
const FINAL_APP_ERRORS = new Set<ErrorCode>(["not_found", "conflict", "validation_failed", "unprocessable", "service_unavailable"]);
/** bounds on a provider's own retry-after: Inngest schedules in whole seconds; beyond an hour the run would look stuck */
const MIN_RETRY_DELAY_MS = 1_000;
const MAX_SERVER_RETRY_AFTER_MS = 3_600_000;

/** The error-kind table: final (retrying cannot help) or retriable, after the provider's delay when it asked for one. */
export function failureKind(e: unknown): { final: true } | { final: false; providerRetryAfterMs: number | null } {
  if (e instanceof NonRetriableError) return { final: true };
  // GitHub answers that cannot change by themselves (404, 403, 401, branch protection, 422) vs rate limits, 5xx, network
  if (e instanceof GithubProblem) return e.retriable ? { final: false, providerRetryAfterMs: null } : { final: true };
  if (e instanceof AppError && FINAL_APP_ERRORS.has(e.code)) return { final: true };
  // a model provider that says when to come back (429 with retry-after) knows better than our schedule
  return { final: false, providerRetryAfterMs: serverRetryAfterMs(e) };
}

/** A message for the researcher: what failed, without stack traces or internals. */
export function failureReason(e: unknown): string {
  let cur: unknown = e;
  // Inngest wraps step errors; the original message is the useful one
  for (let i = 0; i < 5 && cur && typeof cur === "object"; i++) {
    const c = cur as { message?: string; cause?: unknown; name?: string };
    if (c.cause && (c.name === "StepError" || c.name === "NonRetriableError" || c.name === "RetryAfterError")) cur = c.cause;
    else break;
  }
  const message =
    cur instanceof Error
      ? cur.message
      : typeof cur === "object" && cur && "message" in cur
        ? String((cur as { message: unknown }).message)
        : String(cur);
  return message.replace(/\s+/g, " ").trim().slice(0, 500) || "Processing failed";
}

/** Writes a final failure where people see it (session, implementation); must be idempotent. */
export type FailureRecorder<Data> = (failure: { data: Data; runId: string; reason: string }) => Promise<void>;

export interface StepFailurePolicyOptions<Data> {
  /** the function's own retries per step; pass `policy.retries` to createFunction */
  retries: StepRetries;
  /** delay before the 2nd, 3rd… attempt of a step (the last repeats); without it, Inngest's own backoff */
  retryDelaysMs?: readonly number[];
  recordFailure?: FailureRecorder<Data>;
}

/** What the failure handler Inngest calls with (the original event and the final error). */
interface FailedRun<Data> {
  event: { data: { run_id: string; event: { data: Data } } };
  error: Error;
}

export function stepFailurePolicy<Data>(options: StepFailurePolicyOptions<Data>) {
  const { retries, retryDelaysMs, recordFailure } = options;

  /** What Inngest is told after attempt `attempt` (0-based) of a step failed with `e`: stop, or retry and when. */
  function toInngestError(e: unknown, attempt: number): Error {
    const kind = failureKind(e);
    if (kind.final || attempt >= retries) return e instanceof NonRetriableError ? e : new NonRetriableError(failureReason(e), { cause: e });
    if (e instanceof RetryAfterError) return e;
    const message = e instanceof Error ? e.message : String(e);
    if (kind.providerRetryAfterMs !== null) {
      const delay = Math.min(MAX_SERVER_RETRY_AFTER_MS, Math.max(MIN_RETRY_DELAY_MS, Math.ceil(kind.providerRetryAfterMs)));
      return new RetryAfterError(message, delay, { cause: e });
    }
    if (retryDelaysMs?.length)
      return new RetryAfterError(message, retryDelaysMs[Math.min(attempt, retryDelaysMs.length - 1)], { cause: e });
    return e instanceof Error ? e : new Error(message);
  }

  /** Wraps step bodies of one run: a failure that ends the step is recorded before Inngest hears of it. */
  function guard(run: { data: Data; runId: string; attempt: number }) {
    return <T>(body: () => Promise<T>) =>
      async (): Promise<T> => {
        try {
          return await body();
        } catch (e) {
          const error = toInngestError(e, run.attempt);
          if (error instanceof NonRetriableError && recordFailure)
            await recordFailure({ data: run.data, runId: run.runId, reason: failureReason(e) });
          throw error;
        }
      };
  }

  const onFailure = recordFailure
    ? async ({ event, error }: FailedRun<Data>) =>
        recordFailure({ data: event.data.event.data, runId: event.data.run_id, reason: failureReason(error) })
    : undefined;

  return { retries, toInngestError, guard, onFailure };
}
