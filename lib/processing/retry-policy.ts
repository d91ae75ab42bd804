// How pipeline failures map onto Inngest's retries: missing configuration and invalid sessions are
// final (NonRetriableError: retrying cannot help); everything else is retried through
// RetryAfterError, after the provider's retry-after when it sent one (rate limits), else with the
// delays the product asks for (about 1 min, then 5 min).
import { NonRetriableError, RetryAfterError } from "inngest";
import { AiNotConfiguredError } from "@/lib/ai/anthropic";
import { serverRetryAfterMs } from "@/lib/ai/retry";
import { AppError } from "@/lib/errors";
import { RunSupersededError } from "./session-run-lock";

/** milliseconds before the 2nd, 3rd and later attempts */
export const RETRY_DELAYS_MS = [60_000, 300_000, 900_000] as const;
/** bounds on a provider's own retry-after: Inngest schedules in whole seconds; beyond an hour the run would look stuck */
const MIN_RETRY_DELAY_MS = 1_000;
const MAX_SERVER_RETRY_AFTER_MS = 3_600_000;

export function toInngestError(e: unknown, attempt: number): Error {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof NonRetriableError || e instanceof RetryAfterError) return e;
  if (e instanceof AiNotConfiguredError || e instanceof RunSupersededError) return new NonRetriableError(message, { cause: e });
  if (e instanceof AppError && (e.code === "not_found" || e.code === "validation_failed")) return new NonRetriableError(message, { cause: e });
  // a provider that says when to come back (429 with retry-after) knows better than our schedule
  const asked = serverRetryAfterMs(e);
  if (asked !== null) return new RetryAfterError(message, Math.min(MAX_SERVER_RETRY_AFTER_MS, Math.max(MIN_RETRY_DELAY_MS, Math.ceil(asked))), { cause: e });
  return new RetryAfterError(message, RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)], { cause: e });
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
  const message = cur instanceof Error ? cur.message : typeof cur === "object" && cur && "message" in cur ? String((cur as { message: unknown }).message) : String(cur);
  return message.replace(/\s+/g, " ").trim().slice(0, 500) || "Processing failed";
}
