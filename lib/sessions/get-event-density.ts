import { db } from "@/lib/db";

export interface EventDensity {
  /** events in the session */
  total: number;
  /** offset of the last event (ms), or null without events */
  lastMs: number | null;
  /** ms covered by each bucket */
  bucketMs: number;
  /** non-empty buckets: start (ms), how many events, whether one was an error */
  buckets: { offsetMs: number; count: number; error: boolean }[];
}

/**
 * Where a session's behaviour events fall, in at most `slices` slices of its timeline (at least
 * `minTotalMs` long) — what the replay's track draws as ticks — in one grouped query instead of
 * sending every event to the page.
 */
export async function getEventDensity(input: { sessionId: string; minTotalMs: number; slices?: number }): Promise<EventDensity> {
  const slices = input.slices ?? 240;
  const rows = await db.$queryRaw<{ bucket: number; bucketMs: number; count: bigint; error: boolean; lastMs: number }[]>`
    WITH e AS (SELECT "offsetMs", "type" FROM "SessionEvent" WHERE "sessionId" = ${input.sessionId}),
         s AS (SELECT greatest(1000, ceil(greatest(coalesce(max("offsetMs"), 0) + 1000, ${input.minTotalMs}::int) / ${slices}::float8))::int AS "size" FROM e)
    SELECT (e."offsetMs" / s."size") AS "bucket", s."size" AS "bucketMs", count(*) AS "count", bool_or(e."type" = 'error') AS "error", max(e."offsetMs") AS "lastMs"
    FROM e, s GROUP BY 1, 2 ORDER BY 1`;
  return {
    total: rows.reduce((n, r) => n + Number(r.count), 0),
    lastMs: rows.length ? Math.max(...rows.map((r) => Number(r.lastMs))) : null,
    bucketMs: rows[0] ? Number(rows[0].bucketMs) : 1_000,
    buckets: rows.map((r) => ({ offsetMs: Number(r.bucket) * Number(r.bucketMs), count: Number(r.count), error: r.error })),
  };
}
