// The follow-up invitation mail, from the invitation as it is now: one whose participant opted out
// meanwhile, or that was already opened or ended, is not sent. The personal link travels sealed in
// the request (its token exists nowhere else); the opt-out link is derived from the address's hash.
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { followUpInvitationEmail } from "@/lib/email/templates/follow-up-invitation";
import { optOutUrl } from "@/lib/privacy/opt-out-link";
import { openPersonalText } from "@/lib/privacy/participant-email";
import type { ComposedEmail } from "./compose-email";
import type { EmailRequest } from "./queue-email";

export async function composeFollowUpInvitation(request: EmailRequest): Promise<ComposedEmail> {
  const invitation = await db.followUpInvitation.findUnique({
    where: { id: request.targetId },
    include: { project: { select: { name: true } }, task: { select: { title: true } } },
  });
  if (!invitation) return { skipped: "The follow-up invitation no longer exists" };
  const optedOut = await db.participantOptOut.findUnique({
    where: { projectId_emailHash: { projectId: invitation.projectId, emailHash: invitation.emailHash } },
  });
  if (optedOut || invitation.status === "opted_out") return { skipped: "The participant opted out of follow-up mail" };
  if (invitation.status !== "sent") return { skipped: `The follow-up invitation is ${invitation.status}` };
  if (invitation.expiresAt < new Date()) return { skipped: "The follow-up link expired before it could be sent" };
  if (!request.sealedLink) throw notFound("Follow-up link");
  const mail = followUpInvitationEmail({
    projectName: invitation.project.name,
    participantName: invitation.participantName,
    taskTitle: invitation.task.title,
    url: openPersonalText(request.sealedLink),
    optOutUrl: optOutUrl({ projectId: invitation.projectId, emailHash: invitation.emailHash }),
    expiresAt: invitation.expiresAt,
  });
  return { mail: { ...mail, to: invitation.participantEmail } };
}
