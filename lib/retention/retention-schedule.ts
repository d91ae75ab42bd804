// When the retention policy runs: daily at 03:00 UTC (inngest/functions/enforce-retention.ts uses
// RETENTION_CRON; nextRetentionRun is the date the settings page shows).
export const RETENTION_CRON = "0 3 * * *";
const RUN_HOUR_UTC = 3;

/** The next 03:00 UTC strictly after `now`. */
export function nextRetentionRun(now: Date = new Date()): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), RUN_HOUR_UTC));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
