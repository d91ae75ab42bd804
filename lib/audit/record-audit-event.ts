import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "@/lib/db";
import type { AuditAction } from "./audit-actions";
import type { AuditActor } from "./audit-actor";

export interface AuditEventInput {
  projectId: string;
  actor: AuditActor;
  action: AuditAction;
  target?: { type: string; id: string };
  /** counts and other facts; never participants' personal data */
  details?: Prisma.InputJsonObject;
}

/**
 * Appends one row to the project's audit log. Pass the transaction of the action itself, so the
 * row exists exactly when the action happened (a failed action rolls it back too).
 */
export async function recordAuditEvent(tx: DbClient, input: AuditEventInput) {
  await tx.auditEvent.create({
    data: {
      projectId: input.projectId,
      actorKind: input.actor.kind,
      actorId: input.actor.kind === "system" ? null : input.actor.id,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      details: input.details ?? {},
    },
  });
}
