import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { invitationView } from "./invitation-view";

export async function revokeInvitation(input: { projectId: string; invitationId: string; actor: AuditActor }) {
  const invitation = await db.invitation.findFirst({ where: { id: input.invitationId, projectId: input.projectId } });
  if (!invitation) throw notFound("Invitation");
  if (invitation.acceptedAt) throw conflict("This invitation was already accepted; remove the member instead");
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw conflict("This invitation is already revoked");
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "invitation.revoked",
      target: { type: "invitation", id: invitation.id },
    });
  });
  return invitationView(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } }));
}
