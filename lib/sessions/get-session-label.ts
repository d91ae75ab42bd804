import { db } from "@/lib/db";

/** Who a session was with, for a filter chip; null when the session is not in the project. */
export async function getSessionLabel(input: { projectId: string; sessionId: string }): Promise<string | null> {
  const s = await db.session.findFirst({
    where: { id: input.sessionId, projectId: input.projectId },
    select: { participantName: true, participantEmail: true, externalId: true },
  });
  return s ? s.participantName || s.participantEmail || s.externalId || "Anonymous participant" : null;
}
