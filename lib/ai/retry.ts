// Retries for model calls: exponential backoff with jitter on errors that can succeed on a second
// try (overloaded, rate limited, 5xx, timeouts, dropped connections, unusable output). SDK clients
// are built with maxRetries: 0, so this is the only retry layer.
import { APIConnectionError, APIError as AnthropicApiError } from "@anthropic-ai/sdk";
import { APIConnectionError as OpenAiConnectionError, APIError as OpenAiApiError } from "openai";
import { AppError } from "@/lib/errors";

/** The model answered, but with nothing usable (empty or malformed); worth another try. */
export class InvalidModelOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidModelOutputError";
  }
}

/** Our own deadline for a whole call (including a stream), which SDK timeouts do not cover. */
export class ModelTimeoutError extends Error {
  constructor(ms: number) {
    super(`The model did not answer within ${ms} ms`);
    this.name = "ModelTimeoutError";
  }
}

const RETRIABLE_TYPES = new Set(["overloaded_error", "api_error", "rate_limit_error", "timeout_error"]);

export function isRetriableAiError(e: unknown): boolean {
  if (e instanceof AppError) return false;
  if (e instanceof InvalidModelOutputError || e instanceof ModelTimeoutError) return true;
  if (e instanceof APIConnectionError || e instanceof OpenAiConnectionError) return true;
  if (e instanceof AnthropicApiError || e instanceof OpenAiApiError) {
    const status = e.status;
    if (status === undefined) {
      // an error event inside a stream carries its type but no HTTP status
      const type = (e as { type?: string | null }).type ?? (e.error as { error?: { type?: string } } | undefined)?.error?.type;
      return type ? RETRIABLE_TYPES.has(type) : true;
    }
    return status === 408 || status === 409 || status === 429 || status >= 500;
  }
  // anything else thrown while reading a response (a truncated stream, bad JSON) is transient
  return e instanceof SyntaxError || (e instanceof Error && /stream|JSON|terminated|socket/i.test(e.message));
}

/**
 * How long the provider asked us to wait before trying again (`retry-after-ms`, or `retry-after`
 * in seconds or as an HTTP date), from an SDK error or an error that wraps one; null when it did
 * not say. Sent with 429 rate limits and sometimes with 529/503.
 */
export function serverRetryAfterMs(e: unknown, now = Date.now()): number | null {
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur && typeof cur === "object"; depth++) {
    const headers = (cur as { headers?: unknown }).headers;
    if (headers instanceof Headers) {
      const ms = Number(headers.get("retry-after-ms"));
      if (headers.get("retry-after-ms") && Number.isFinite(ms) && ms >= 0) return ms;
      const value = headers.get("retry-after");
      if (value) {
        const seconds = Number(value);
        if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
        const date = Date.parse(value);
        if (!Number.isNaN(date)) return Math.max(0, date - now);
      }
    }
    cur = (cur as { cause?: unknown }).cause;
  }
  return null;
}

export interface RetryOptions {
  /** total attempts, including the first (default 3) */
  attempts?: number;
  /** delay before the 2nd attempt; doubles each time (default 500 ms) */
  baseDelayMs?: number;
  maxDelayMs?: number;
  isRetriable?: (e: unknown) => boolean;
  onRetry?: (info: { attempt: number; error: unknown; delayMs: number }) => void;
}

export function backoffDelayMs(attempt: number, base: number, max: number): number {
  const exp = Math.min(max, base * 2 ** (attempt - 1));
  // ±20 % jitter so that many clients do not retry in lockstep
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}

export async function withRetries<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 8_000;
  const retriable = options.isRetriable ?? isRetriableAiError;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (attempt >= attempts || !retriable(e)) throw e;
      const delayMs = backoffDelayMs(attempt, base, max);
      options.onRetry?.({ attempt, error: e, delayMs });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
