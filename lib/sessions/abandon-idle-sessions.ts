// Participants close the tab, lose their connection or walk away mid-interview; their session
// would stay `active` for good and never be analysed. A session with no activity — no message, no
// behaviour event, no media chunk, no change to the session itself — for SESSION_IDLE_MINUTES is
// ended as `abandoned` at its last activity (so its duration is the time the participant was
// there) and processed with what it has, through the same outbox event as a normal end.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { endSession } from "./end-session";

/** Sessions ended per call; the schedule runs again in a few minutes for any rest. */
const BATCH = 200;

export async function abandonIdleSessions(input: { now?: Date; idleMinutes?: number } = {}) {
  const now = input.now ?? new Date();
  const cutoff = new Date(now.getTime() - (input.idleMinutes ?? env().SESSION_IDLE_MINUTES) * 60_000);
  const idle = await db.$queryRaw<{ id: string; lastActivityAt: Date }[]>`
    SELECT s."id", a."lastActivityAt"
    FROM "Session" s
    CROSS JOIN LATERAL (
      SELECT GREATEST(
        s."startedAt", s."updatedAt",
        (SELECT max(m."createdAt") FROM "SessionMessage" m WHERE m."sessionId" = s."id"),
        (SELECT max(e."createdAt") FROM "SessionEvent" e WHERE e."sessionId" = s."id"),
        (SELECT max(c."createdAt") FROM "MediaChunk" c WHERE c."sessionId" = s."id")
      ) AS "lastActivityAt"
    ) a
    WHERE s."status" = 'active' AND s."updatedAt" < ${cutoff} AND a."lastActivityAt" < ${cutoff}
    ORDER BY a."lastActivityAt"
    LIMIT ${BATCH}`;
  const ended: string[] = [];
  for (const session of idle) {
    // endSession re-checks the status under its own transaction: a participant who came back a
    // moment ago and ended it themselves keeps their ending
    const result = await endSession({ sessionId: session.id, reason: "abandoned", now: session.lastActivityAt });
    if (result.changed) ended.push(session.id);
  }
  return { checkedBefore: cutoff.toISOString(), abandoned: ended };
}
