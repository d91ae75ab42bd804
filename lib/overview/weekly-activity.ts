import { db } from "@/lib/db";

export const TREND_WEEKS = 12;
const WEEK_MS = 7 * 86_400_000;

export interface WeekPoint {
  /** Monday 00:00 UTC that starts the week, as YYYY-MM-DD */
  week: string;
  sessions: number;
  completed: number;
  signals: number;
}

/** Monday 00:00 UTC of the week containing `d` (PostgreSQL's date_trunc('week') on UTC timestamps). */
export function weekStart(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
}

const key = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Sessions (started and completed) and signals per week over the last TREND_WEEKS weeks, weeks
 * without activity included as zeros so the chart's axis is continuous. Aggregated in SQL
 * (date_trunc + GROUP BY on the (projectId, createdAt) indexes): two queries whatever the volume.
 */
export async function weeklyActivity(input: { projectId: string; now?: Date; weeks?: number }): Promise<WeekPoint[]> {
  const weeks = input.weeks ?? TREND_WEEKS;
  const first = new Date(weekStart(input.now ?? new Date()).getTime() - (weeks - 1) * WEEK_MS);
  const [sessions, signals] = await Promise.all([
    db.$queryRaw<{ week: Date; sessions: number; completed: number }[]>`
      SELECT date_trunc('week', "createdAt") AS "week", count(*)::int AS "sessions",
             count(*) FILTER (WHERE "status" = 'completed')::int AS "completed"
      FROM "Session" WHERE "projectId" = ${input.projectId} AND "createdAt" >= ${first}
      GROUP BY 1`,
    db.$queryRaw<{ week: Date; signals: number }[]>`
      SELECT date_trunc('week', "createdAt") AS "week", count(*)::int AS "signals"
      FROM "Signal" WHERE "projectId" = ${input.projectId} AND "createdAt" >= ${first}
      GROUP BY 1`,
  ]);
  const bySession = new Map(sessions.map((r) => [key(r.week), r]));
  const bySignal = new Map(signals.map((r) => [key(r.week), r.signals]));
  return Array.from({ length: weeks }, (_, i) => {
    const week = key(new Date(first.getTime() + i * WEEK_MS));
    const s = bySession.get(week);
    return { week, sessions: s?.sessions ?? 0, completed: s?.completed ?? 0, signals: bySignal.get(week) ?? 0 };
  });
}
