import { db } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { findPendingInvitationOrThrow } from "./find-invitation";

/**
 * Accepts an invitation for the signed-in user, whose email must be the invited one. Already being
 * a member is fine (the invitation is consumed, the role is not lowered).
 */
export async function acceptInvitation(input: { userId: string; token: string }) {
  const invitation = await findPendingInvitationOrThrow(input.token);
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId } });
  if ((user.email ?? "").toLowerCase() !== invitation.email) {
    throw forbidden(`This invitation is for ${invitation.email}; sign in with that address to accept it`);
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count === 0) throw new AppError("gone", "This invitation has already been used");
    await tx.membership.upsert({
      where: { projectId_userId: { projectId: invitation.projectId, userId: input.userId } },
      update: {},
      create: { projectId: invitation.projectId, userId: input.userId, role: invitation.role },
    });
    return { projectId: invitation.projectId, projectName: invitation.project.name, role: invitation.role };
  });
}
