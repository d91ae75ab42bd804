// What became of a queued mail, as an audit row on its record ("email.sent" / "email.failed" /
// "email.skipped"): the invitations list reads the latest one (email-delivery.ts). The row names
// the template and the record, never the address; a failure's reason has addresses blanked out.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { EMAIL_TARGET_TYPE } from "./compose-email";
import type { EmailRequest } from "./queue-email";

const ADDRESS = /[^\s<>"'@]+@[^\s<>"']+/g;

/**
 * The task page shows follow-up invitations by their own status: the mail actually left (sentAt is
 * its time), or it failed for good (failed, with the reason). A failure only moves an invitation
 * still at "sent", so a late report never undoes an opened or completed one.
 */
async function recordFollowUpMailOutcome(invitationId: string, outcome: { sent: true } | { sent: false; failed: boolean; reason: string }) {
  if (outcome.sent) await db.followUpInvitation.updateMany({ where: { id: invitationId, sentAt: null }, data: { sentAt: new Date() } });
  else if (outcome.failed)
    await db.followUpInvitation.updateMany({
      where: { id: invitationId, status: "sent" },
      data: { status: "failed", lastError: outcome.reason.replace(ADDRESS, "[address]").slice(0, 500) },
    });
}

export async function recordEmailOutcome(
  request: EmailRequest,
  outcome: { sent: true } | { sent: false; failed: boolean; reason: string },
) {
  const action = outcome.sent ? "email.sent" : outcome.failed ? "email.failed" : "email.skipped";
  if (request.template === "follow_up_invitation") await recordFollowUpMailOutcome(request.targetId, outcome);
  const target = { type: EMAIL_TARGET_TYPE[request.template], id: request.targetId };
  // idempotent: a failure is reported by the step that gave up and again by onFailure
  const latest = await db.auditEvent.findFirst({
    where: { projectId: request.projectId, targetType: target.type, targetId: target.id, action: { startsWith: "email." } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (latest?.action === action) return;
  await recordAuditEvent(db, {
    projectId: request.projectId,
    actor: { kind: "system" },
    action,
    target,
    details: {
      template: request.template,
      messageId: request.messageId,
      ...(outcome.sent ? {} : { reason: outcome.reason.replace(ADDRESS, "[address]").slice(0, 300) }),
    },
  });
}
