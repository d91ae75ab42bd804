import type { DbClient } from "@/lib/db";

// A person is matched by the normalized email (trimmed, lower-cased: participant-email.ts) whatever
// case or spacing a row was stored with: screener responses store it lower-cased, but sessions
// created through the API and older rows carry it as they were given.

/** The person's screener responses in the project, oldest first, with the session each led to. */
export function matchingResponses(tx: DbClient, projectId: string, email: string) {
  return tx.$queryRaw<{ id: string; sessionId: string | null }[]>`
    SELECT "id", "sessionId" FROM "ScreenerResponse"
    WHERE "projectId" = ${projectId} AND lower(btrim("participantEmail")) = ${email} ORDER BY "createdAt", "id"`;
}

/** The person's sessions: those carrying the email, and those their screener responses led to; oldest first. */
export async function matchingSessionIds(tx: DbClient, projectId: string, email: string, responseSessionIds: string[]): Promise<string[]> {
  const byEmail = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Session" WHERE "projectId" = ${projectId} AND lower(btrim("participantEmail")) = ${email}`;
  const sessions = await tx.session.findMany({
    where: { projectId, id: { in: [...new Set([...byEmail.map((s) => s.id), ...responseSessionIds])] } },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return sessions.map((s) => s.id);
}
