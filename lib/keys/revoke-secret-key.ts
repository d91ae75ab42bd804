import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { keyView } from "./key-view";

/** Revokes a secret key of the project; it stops working at once. Revoking twice is a 409. */
export async function revokeSecretKey(input: { projectId: string; keyId: string; actor: AuditActor }) {
  const key = await db.projectKey.findFirst({ where: { id: input.keyId, projectId: input.projectId, kind: "secret" } });
  if (!key) throw notFound("Secret key");
  await db.$transaction(async (tx) => {
    const { count } = await tx.projectKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("conflict", "This key is already revoked");
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "secret_key.revoked",
      target: { type: "key", id: key.id },
    });
  });
  return keyView(await db.projectKey.findUniqueOrThrow({ where: { id: key.id } }));
}
