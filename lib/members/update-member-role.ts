import type { Role } from "@/generated/prisma/client";
import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCanManageRole, assertKeepsAnOwner } from "./member-rules";

export async function updateMemberRole(input: { projectId: string; actor: AuditActor; actorRole: Role; userId: string; role: Role }) {
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { projectId_userId: { projectId: input.projectId, userId: input.userId } } });
    if (!member) throw notFound("Member");
    assertCanManageRole(input.actorRole, member.role, input.role);
    const updated = await tx.membership.update({ where: { id: member.id }, data: { role: input.role } });
    // recorded before the owner check, so a refused change rolls its audit row back with it
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "member.role_changed",
      target: { type: "user", id: input.userId },
      details: { from: member.role, to: input.role },
    });
    await assertKeepsAnOwner(tx, input.projectId);
    return updated;
  });
}
