// Saving a follow-up session's verdicts announces it through the outbox, in the same transaction, so
// the merged PR's verification comment is brought up to date (post-verification-comment).
import type { DbClient } from "@/lib/db";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";

export async function queueVerdictsUpdated(tx: DbClient, input: { projectId: string; taskId: string }) {
  return enqueueEvent(tx, { name: "follow-up/verdicts.updated", data: { projectId: input.projectId, taskId: input.taskId } });
}
