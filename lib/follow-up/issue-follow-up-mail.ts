// One step of send-follow-up-invitations per pending invitation: issue the participant's real link
// (a fresh token whose hash replaces the placeholder, valid 14 days from now) and queue the mail
// with the link sealed, in one transaction that also moves the invitation to `sent`. A retried step
// finds it no longer pending and queues nothing, so nobody gets two mails or a dead link. A person
// who opted out meanwhile is not written to (opted_out).
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { queueFollowUpInvitationEmail } from "@/lib/notifications/queue-email";
import { generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import { FOLLOW_UP_LINK_TTL_DAYS } from "./schemas";

export type IssueOutcome = "queued" | "opted_out" | "not_pending";

export async function pendingInvitationIds(input: { projectId: string; taskId: string }): Promise<string[]> {
  const rows = await db.followUpInvitation.findMany({
    where: { projectId: input.projectId, taskId: input.taskId, status: "pending" },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.id);
}

export async function issueFollowUpMail(input: { invitationId: string }): Promise<IssueOutcome> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { id: string; projectId: string; emailHash: string; status: string }[]
    >`SELECT "id", "projectId", "emailHash", "status"::text FROM "FollowUpInvitation" WHERE "id" = ${input.invitationId} FOR UPDATE`;
    if (row?.status !== "pending") return "not_pending";
    const optedOut = await tx.participantOptOut.findUnique({
      where: { projectId_emailHash: { projectId: row.projectId, emailHash: row.emailHash } },
    });
    if (optedOut) {
      await tx.followUpInvitation.update({ where: { id: row.id }, data: { status: "opted_out" } });
      return "opted_out";
    }
    const token = generateSecret("followUp");
    const url = new URL(`/u/follow-up/${token}`, env().APP_URL).toString();
    await tx.followUpInvitation.update({
      where: { id: row.id },
      data: { tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + FOLLOW_UP_LINK_TTL_DAYS * 86_400_000), status: "sent" },
    });
    await queueFollowUpInvitationEmail(tx, { projectId: row.projectId, invitationId: row.id, url });
    return "queued";
  });
}

/** The function gave up (onFailure): what it could not hand to the mailer says so on the task page. */
export async function failPendingInvitations(input: { projectId: string; taskId: string; reason: string }) {
  await db.followUpInvitation.updateMany({
    where: { projectId: input.projectId, taskId: input.taskId, status: "pending" },
    data: { status: "failed", lastError: input.reason.slice(0, 500) },
  });
}
