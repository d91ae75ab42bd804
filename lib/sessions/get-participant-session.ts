import type { PublicKeyCaller } from "@/lib/access/public-key";
import { db, type DbClient } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * A participant session reachable with this public key: only sessions of the key's own project.
 * Anything else is "not found", so ids of other tenants reveal nothing.
 */
export async function getParticipantSessionOrThrow(input: { caller: PublicKeyCaller; sessionId: string; tx?: DbClient }) {
  const session = await (input.tx ?? db).session.findFirst({ where: { id: input.sessionId, projectId: input.caller.projectId } });
  if (!session) throw notFound("Session");
  return session;
}
