// Retry delays: exponential with "equal jitter" (half fixed, half random), capped, and never
// shorter than what the server asked for with Retry-After.

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  random?: () => number;
}

export function backoffDelay(attempt: number, opts: BackoffOptions = {}, retryAfterMs = 0): number {
  const base = opts.baseMs ?? 1000;
  const max = opts.maxMs ?? 60_000;
  const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 30));
  const delay = ceiling / 2 + (ceiling / 2) * (opts.random ?? Math.random)();
  return Math.max(Math.round(delay), retryAfterMs);
}

/** Whether a failed request may succeed when retried: network failures, timeouts, 429 and 5xx. */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 408 || status === 425 || status === 429 || status >= 500;
}

/** Retry-After (seconds or an HTTP date) in milliseconds; 0 when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : 0;
}
