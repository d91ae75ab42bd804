// Turns a queued mail request into the mail itself, reading the record as it is now: an
// invitation revoked or accepted meanwhile, or an export asked for with a secret key (no person to
// tell), is not sent (null, with why).
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { openPersonalText } from "@/lib/privacy/participant-email";
import type { EmailRequest } from "./queue-email";
import type { RenderedEmail } from "@/lib/email/render";
import { exportReadyEmail } from "@/lib/email/templates/export-ready";
import { memberInvitationEmail } from "@/lib/email/templates/member-invitation";
import { composeFollowUpInvitation } from "./compose-follow-up-invitation";

export type ComposedEmail = { mail: RenderedEmail & { to: string } } | { skipped: string };

export const EMAIL_TARGET_TYPE: Record<EmailRequest["template"], string> = {
  member_invitation: "invitation",
  export_ready: "data_export",
  follow_up_invitation: "follow_up_invitation",
};

export async function composeEmail(request: EmailRequest): Promise<ComposedEmail> {
  if (request.template === "follow_up_invitation") return composeFollowUpInvitation(request);
  if (request.template === "member_invitation") {
    const invitation = await db.invitation.findUnique({
      where: { id: request.targetId },
      include: { project: { select: { name: true } }, invitedBy: { select: { name: true, email: true } } },
    });
    if (!invitation) return { skipped: "The invitation no longer exists" };
    if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date())
      return { skipped: "The invitation is no longer pending" };
    if (!request.sealedLink) throw notFound("Invitation link");
    const mail = memberInvitationEmail({
      projectName: invitation.project.name,
      inviterName: invitation.invitedBy?.name ?? invitation.invitedBy?.email ?? null,
      role: invitation.role,
      url: openPersonalText(request.sealedLink),
      expiresAt: invitation.expiresAt,
    });
    return { mail: { ...mail, to: invitation.email } };
  }
  const row = await db.dataExport.findUnique({ where: { id: request.targetId }, include: { project: { select: { name: true } } } });
  if (!row) return { skipped: "The export no longer exists" };
  if (row.requestedByKind !== "user" || !row.requestedById) return { skipped: "Requested with a secret key: no person to notify" };
  const user = await db.user.findUnique({ where: { id: row.requestedById }, select: { email: true } });
  if (!user?.email) return { skipped: "The requester's account has no email address" };
  const url = new URL(`/projects/${row.projectId}/settings#privacy`, env().APP_URL).toString();
  const mail = exportReadyEmail({ projectName: row.project.name, kind: row.kind, url, expiresAt: row.expiresAt });
  return { mail: { ...mail, to: user.email } };
}
