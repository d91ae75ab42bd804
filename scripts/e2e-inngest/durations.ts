// Inngest's time strings ("14d", "1h30m", "500ms") and Retry-After values, in milliseconds.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "1h30m" → 5_400_000; an ISO date (sleepUntil) → the time left until it; unreadable → Infinity. */
export function sleepMs(value: string | undefined, now = Date.now()): number {
  if (!value) return Infinity;
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)];
  if (parts.length && parts.map((p) => p[0]).join("") === value) return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0);
  const at = Date.parse(value);
  return Number.isNaN(at) ? Infinity : Math.max(0, at - now);
}

/** A Retry-After header: seconds, or an HTTP/ISO date. Null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1_000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The wait before a retry, compressed for the harness: the app asks for about 1 and 5 minutes
 * (RetryAfterError) and Inngest's own backoff grows to hours; a browser journey cannot wait that
 * long, so every delay is capped at ~1 s. The order of events is the same, only faster.
 */
export function harnessRetryDelayMs(requested: number | null, attempt: number): number {
  const backoff = Math.min(1_000, 100 * 2 ** attempt);
  return requested === null ? backoff : Math.min(1_000, requested);
}
