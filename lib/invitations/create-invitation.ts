import type { Role } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { queueInvitationEmail } from "@/lib/notifications/queue-email";
import { conflict } from "@/lib/errors";
import { log } from "@/lib/log";
import { assertCanManageRole } from "@/lib/members/member-rules";
import { generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import { invitationView } from "./invitation-view";
import { INVITATION_TTL_DAYS } from "./schemas";

const QUEUED = { status: "queued", at: null, reason: null } as const;

/**
 * Invites an email address to a project and queues the invitation mail in the same transaction
 * (send-email delivers it). Returns the accept link once to the inviter; only its hash is stored,
 * and the mail request carries the link sealed, so the plain token is in no row and no log.
 */
export async function createInvitation(input: { projectId: string; actorUserId: string; actorRole: Role; email: string; role: Role }) {
  assertCanManageRole(input.actorRole, null, input.role);
  const existingMember = await db.membership.findFirst({
    where: { projectId: input.projectId, user: { email: { equals: input.email, mode: "insensitive" } } },
  });
  if (existingMember) throw conflict(`${input.email} is already a member of this project`);
  const pending = await db.invitation.findFirst({
    where: { projectId: input.projectId, email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
  });
  if (pending) throw conflict(`${input.email} already has a pending invitation; revoke it to send a new one`);

  const token = generateSecret("invitation");
  const acceptUrl = new URL(`/invite/${token}`, env().APP_URL).toString();
  const invitation = await db.$transaction(async (tx) => {
    const row = await tx.invitation.create({
      data: {
        projectId: input.projectId,
        email: input.email,
        role: input.role,
        tokenHash: hashSecret(token),
        invitedById: input.actorUserId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
      },
    });
    // the role only: the invitee's email stays in the invitation row, not in the permanent log
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: { kind: "user", id: input.actorUserId },
      action: "invitation.created",
      target: { type: "invitation", id: row.id },
      details: { role: input.role },
    });
    await queueInvitationEmail(tx, { projectId: input.projectId, invitationId: row.id, acceptUrl });
    return row;
  });
  log.info("invitation created", { projectId: input.projectId, invitationId: invitation.id });
  return { invitation: { ...invitationView(invitation), emailDelivery: QUEUED }, acceptUrl };
}
