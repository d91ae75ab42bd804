// Whether a session's processing is held up before it started: its session/completed or
// session/reprocess.requested event is still in the outbox (the job engine has not accepted it).
import { db } from "@/lib/db";
import { SESSION_PROCESSING_EVENTS, stallRemedy } from "./engine-status";
import { inngestTarget, type InngestTarget } from "./inngest-target";

export interface SessionOutboxWait {
  eventId: string;
  eventName: string;
  /** when the event was written: the session has waited for the job engine since then */
  since: Date;
  attempts: number;
  lastError: string | null;
  /** where the app sends events (never the key) */
  target: InngestTarget;
  /** what to do about it, in one sentence */
  remedy: string;
}

export async function getSessionOutboxWait(input: { sessionId: string }): Promise<SessionOutboxWait | null> {
  const [row] = await db.$queryRaw<{ id: string; name: string; createdAt: Date; attempts: number; lastError: string | null }[]>`
    SELECT "id", "name", "createdAt", "attempts", "lastError" FROM "OutboxEvent"
    WHERE "sentAt" IS NULL AND "name" IN (${SESSION_PROCESSING_EVENTS[0]}, ${SESSION_PROCESSING_EVENTS[1]})
      AND "payload"->>'sessionId' = ${input.sessionId}
    ORDER BY "createdAt" LIMIT 1`;
  if (!row) return null;
  const target = inngestTarget();
  return {
    eventId: row.id,
    eventName: row.name,
    since: row.createdAt,
    attempts: row.attempts,
    lastError: row.lastError,
    target,
    remedy: stallRemedy({ target }),
  };
}
