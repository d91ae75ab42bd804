import { db } from "@/lib/db";

export interface SessionCounts {
  total: number;
  completed: number;
  processed: number;
  failed: number;
}

/** Session totals in one pass over the project's sessions (COUNT … FILTER), not four counts. */
export async function countSessions(input: { projectId: string }): Promise<SessionCounts> {
  const [row] = await db.$queryRaw<SessionCounts[]>`
    SELECT count(*)::int AS "total",
           count(*) FILTER (WHERE "status" = 'completed')::int AS "completed",
           count(*) FILTER (WHERE "processingStatus" = 'processed')::int AS "processed",
           count(*) FILTER (WHERE "processingStatus" = 'failed')::int AS "failed"
    FROM "Session" WHERE "projectId" = ${input.projectId}`;
  return row ?? { total: 0, completed: 0, processed: 0, failed: 0 };
}
