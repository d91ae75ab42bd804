// GET /api/v1/projects/:id/outbox — a project's undelivered outbox events, oldest first, for operators.
import { db } from "@/lib/db";

export const UNDELIVERED_LIST_LIMIT = 500;

export async function listUndeliveredEvents(input: { projectId: string }) {
  const rows = await db.$queryRaw<
    {
      id: string;
      name: string;
      payload: Record<string, unknown>;
      attempts: number;
      lastError: string | null;
      createdAt: Date;
      availableAt: Date;
    }[]
  >`
    SELECT "id", "name", "payload", "attempts", "lastError", "createdAt", "availableAt" FROM "OutboxEvent"
    WHERE "sentAt" IS NULL AND "payload"->>'projectId' = ${input.projectId}
    ORDER BY "createdAt" LIMIT ${UNDELIVERED_LIST_LIMIT}`;
  return rows.map(({ payload, ...r }) => ({ ...r, sessionId: typeof payload.sessionId === "string" ? payload.sessionId : null }));
}
