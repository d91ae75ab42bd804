// Mail goes through the outbox: the request is written in the transaction of the change it
// announces (an invitation, a finished export), so nothing acknowledged is lost, and the
// send-email function renders and sends it with retries. The event names the record, not the
// address; an invitation's accept link (its token exists nowhere else) travels sealed.
import type { OutboxEventData } from "@/inngest/events";
import { db, type DbClient } from "@/lib/db";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { sealPersonalText } from "@/lib/privacy/participant-email";

export type EmailRequest = OutboxEventData<"email/send.requested">;
export type EmailTemplate = EmailRequest["template"];

/** The stable id of the one mail about a record: repeated requests for it are sent once. */
export const emailMessageId = (template: EmailTemplate, targetId: string) => `${template}.${targetId}`;

export async function queueInvitationEmail(tx: DbClient, input: { projectId: string; invitationId: string; acceptUrl: string }) {
  return enqueueEvent(tx, {
    name: "email/send.requested",
    data: {
      messageId: emailMessageId("member_invitation", input.invitationId),
      projectId: input.projectId,
      template: "member_invitation",
      targetId: input.invitationId,
      sealedLink: sealPersonalText(input.acceptUrl),
    },
  });
}

/** A participant's follow-up invitation; its personal link (the token exists nowhere else) travels sealed. */
export async function queueFollowUpInvitationEmail(tx: DbClient, input: { projectId: string; invitationId: string; url: string }) {
  return enqueueEvent(tx, {
    name: "email/send.requested",
    data: {
      messageId: emailMessageId("follow_up_invitation", input.invitationId),
      projectId: input.projectId,
      template: "follow_up_invitation",
      targetId: input.invitationId,
      sealedLink: sealPersonalText(input.url),
    },
  });
}

export async function queueExportReadyEmail(tx: DbClient, input: { projectId: string; exportId: string }) {
  return enqueueEvent(tx, {
    name: "email/send.requested",
    data: {
      messageId: emailMessageId("export_ready", input.exportId),
      projectId: input.projectId,
      template: "export_ready",
      targetId: input.exportId,
    },
  });
}

/**
 * For build-export's last step: queues the export-ready mail. The step may run twice (a retry after
 * the write); the stable message id makes the second request a no-op in send-email.
 */
export async function requestExportReadyEmail(input: { exportId: string }) {
  const row = await db.dataExport.findUnique({ where: { id: input.exportId }, select: { projectId: true, status: true } });
  if (row?.status !== "completed") return { queued: false };
  await queueExportReadyEmail(db, { projectId: row.projectId, exportId: input.exportId });
  return { queued: true };
}
