import type { Role } from "@/generated/prisma/client";
import { hasRole } from "@/lib/access/roles";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { assertCanManageRole, assertKeepsAnOwner } from "./member-rules";

/** Removes a member. Anyone may leave; removing others needs admin (owner to remove an owner). */
export async function removeMember(input: { projectId: string; actorUserId: string; actorRole: Role; userId: string }) {
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { projectId_userId: { projectId: input.projectId, userId: input.userId } } });
    if (!member) throw notFound("Member");
    const leaving = input.userId === input.actorUserId;
    if (!leaving) {
      if (!hasRole(input.actorRole, "admin")) throw forbidden("This needs the admin role or higher");
      assertCanManageRole(input.actorRole, member.role, null);
    }
    await tx.membership.delete({ where: { id: member.id } });
    // recorded before the owner check, so a refused change rolls its audit row back with it
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: { kind: "user", id: input.actorUserId },
      action: leaving ? "member.left" : "member.removed",
      target: { type: "user", id: input.userId },
      details: { role: member.role },
    });
    await assertKeepsAnOwner(tx, input.projectId);
  });
}
