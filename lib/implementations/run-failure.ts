// How failures in the implementation functions meet Inngest's retries: GitHub answers that cannot
// change by themselves (not found, no permission, branch protection), missing configuration and
// missing records are final; anything else is retried. A final failure is written on the
// implementation inside the step, so the task page shows the reason however the run ends.
import { NonRetriableError } from "inngest";
import { AiNotConfiguredError } from "@/lib/ai/anthropic";
import { AppError } from "@/lib/errors";
import { GithubProblem } from "@/lib/github/github-error";
import { failureReason } from "@/lib/processing/retry-policy";
import { failImplementation } from "./fail-implementation";

export function isFinal(e: unknown): boolean {
  if (e instanceof NonRetriableError || e instanceof AiNotConfiguredError) return true;
  if (e instanceof GithubProblem) return !e.retriable;
  return e instanceof AppError && ["not_found", "conflict", "validation_failed", "unprocessable", "service_unavailable"].includes(e.code);
}

/** Wraps a step body: records a final failure on the implementation and stops retries for it. */
export function recordingFailure<T>(implementationId: string, lastAttempt: boolean, fn: () => Promise<T>): () => Promise<T> {
  return async () => {
    try {
      return await fn();
    } catch (e) {
      const final = isFinal(e);
      if (final || lastAttempt) {
        await failImplementation({ implementationId, reason: failureReason(e) });
        throw new NonRetriableError(failureReason(e), { cause: e });
      }
      throw e;
    }
  };
}
