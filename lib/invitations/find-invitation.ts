import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { hashSecret } from "@/lib/security/secret-tokens";

/** The pending invitation behind an accept link, with its project's name; throws when unusable. */
export async function findPendingInvitationOrThrow(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { project: { select: { id: true, name: true } } },
  });
  if (!invitation || invitation.revokedAt) throw notFound("Invitation");
  if (invitation.acceptedAt) throw new AppError("gone", "This invitation has already been used");
  if (invitation.expiresAt < new Date()) throw new AppError("gone", "This invitation has expired; ask for a new one");
  return invitation;
}
