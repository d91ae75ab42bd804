// Reads a participant session inside a transaction and holds a share lock on its row until commit:
// endSession's UPDATE waits for it, so whatever an ingestion request commits while the session is
// open is in place before the session ends and its processing starts.
import type { PublicKeyCaller } from "@/lib/access/public-key";
import type { Prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

export interface LockedSession {
  id: string;
  projectId: string;
  status: "pending" | "active" | "completed" | "abandoned";
  consentRecording: boolean;
  consentAnalytics: boolean;
}

export async function lockParticipantSession(tx: Tx, caller: PublicKeyCaller, sessionId: string): Promise<LockedSession> {
  const rows = await tx.$queryRaw<LockedSession[]>`
    SELECT "id", "projectId", "status"::text AS "status", "consentRecording", "consentAnalytics"
    FROM "Session" WHERE "id" = ${sessionId} AND "projectId" = ${caller.projectId} FOR SHARE`;
  if (!rows.length) throw notFound("Session");
  return rows[0];
}

export const isEnded = (status: LockedSession["status"]) => status === "completed" || status === "abandoned";

export function sessionEnded(what: string) {
  return new AppError("conflict", `This session has ended; it accepts no new ${what}`, { reason: "session_ended" });
}
