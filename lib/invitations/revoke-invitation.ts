import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { invitationView } from "./invitation-view";

export async function revokeInvitation(input: { projectId: string; invitationId: string }) {
  const invitation = await db.invitation.findFirst({ where: { id: input.invitationId, projectId: input.projectId } });
  if (!invitation) throw notFound("Invitation");
  if (invitation.acceptedAt) throw conflict("This invitation was already accepted; remove the member instead");
  const { count } = await db.invitation.updateMany({ where: { id: invitation.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw conflict("This invitation is already revoked");
  return invitationView(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } }));
}
