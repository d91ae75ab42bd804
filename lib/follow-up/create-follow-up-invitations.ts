// Invites the chosen participants (default: every eligible one) to re-test a task's shipped fix.
// Rows first, mail later: each invitation is written as `pending` with the hash of a placeholder
// token nobody ever sees, and `follow-up/invitations.requested` is queued in the same transaction;
// send-follow-up-invitations then issues each participant's real link when it sends the mail (so a
// link's 14 days start when it arrives, also after an automatic delay of days, and the plain token
// exists only sealed inside the mail request). Unique per task and person: a second request never
// invites anyone twice, and answers which invitations are new.
import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbClient } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";
import { normalizeEmail, participantEmailHash } from "@/lib/privacy/participant-email";
import { generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import { eligibleInvitees } from "./eligible-invitees";
import { requireMergedTask } from "./merged-task";
import { FOLLOW_UP_LINK_TTL_DAYS } from "./schemas";

export interface CreateInvitationsArgs {
  projectId: string;
  taskId: string;
  /** a subset of the eligible addresses; all of them when absent */
  emails?: string[];
  actor: AuditActor;
  /** > 0 when the project sends them automatically some days after the merge */
  delaySeconds?: number;
}

/** Inside the caller's transaction (the merge's, in automatic mode). */
export async function createFollowUpInvitationsIn(tx: DbClient, input: CreateInvitationsArgs) {
  // one decision at a time per task: two clicks at once still invite each person once
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "Task" WHERE "id" = ${input.taskId} AND "projectId" = ${input.projectId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("Task");
  const { implementation } = await requireMergedTask(tx, input);
  const eligible = await eligibleInvitees(tx, input);
  let chosen = eligible;
  if (input.emails) {
    const wanted = new Set(input.emails.map((e) => participantEmailHash(normalizeEmail(e))));
    chosen = eligible.filter((i) => wanted.has(i.emailHash));
    if (chosen.length !== wanted.size)
      throw new AppError("validation_failed", "Only participants eligible for this task's follow-up can be invited", {
        fields: { emails: ["includes an address that is not eligible (no linked evidence, no follow-up consent, or opted out)"] },
      });
  }
  const existing = new Set(
    (
      await tx.followUpInvitation.findMany({
        where: { taskId: input.taskId, emailHash: { in: chosen.map((c) => c.emailHash) } },
        select: { emailHash: true },
      })
    ).map((r) => r.emailHash),
  );
  const fresh = chosen.filter((c) => !existing.has(c.emailHash));
  if (fresh.length > 0) {
    const expiresAt = new Date(Date.now() + FOLLOW_UP_LINK_TTL_DAYS * 86_400_000);
    await tx.followUpInvitation.createMany({
      data: fresh.map((c) => ({
        projectId: input.projectId,
        taskId: input.taskId,
        implementationId: implementation.id,
        participantEmail: c.email,
        participantName: c.name,
        emailHash: c.emailHash,
        sourceSessionIds: c.sessionIds,
        tokenHash: hashSecret(generateSecret("followUp")),
        expiresAt,
        invitedByUserId: input.actor.kind === "user" ? input.actor.id : null,
      })),
      skipDuplicates: true,
    });
    await enqueueEvent(tx, {
      name: "follow-up/invitations.requested",
      data: { projectId: input.projectId, taskId: input.taskId, delaySeconds: input.delaySeconds ?? 0 },
    });
    // counts only: the addresses stay in the invitation rows, not in the permanent log
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "follow_up.invited",
      target: { type: "task", id: input.taskId },
      details: { invited: fresh.length, delaySeconds: input.delaySeconds ?? 0 },
    });
  }
  return { invited: fresh.length, alreadyInvited: chosen.length - fresh.length };
}

/** POST …/tasks/:taskId/follow-up-invitations. */
export async function createFollowUpInvitations(input: CreateInvitationsArgs) {
  const result = await db.$transaction((tx) => createFollowUpInvitationsIn(tx, input));
  if (result.invited > 0) kickOutboxDispatch();
  return result;
}
