// Automatic mode: a project with followUpAutoDelayDays set invites every eligible participant when
// a task's pull request is merged, in the merge's own transaction, and the mail waits that many days
// (send-follow-up-invitations sleeps durably) so people have time to meet the change first.
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createFollowUpInvitationsIn } from "./create-follow-up-invitations";

export async function inviteAfterMerge(tx: DbClient, input: { projectId: string; taskId: string }) {
  const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { followUpAutoDelayDays: true } });
  const days = project?.followUpAutoDelayDays;
  if (days === null || days === undefined) return { invited: 0 };
  try {
    return await createFollowUpInvitationsIn(tx, { ...input, actor: { kind: "system" }, delaySeconds: days * 86_400 });
  } catch (e) {
    // an older pull request merged while a newer attempt is open: no follow-up about it, and the
    // merge itself still applies (the check throws before any statement fails)
    if (e instanceof AppError && e.code === "conflict") return { invited: 0 };
    throw e;
  }
}
