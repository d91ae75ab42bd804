// Follow-up invitations are about a change that shipped: the task's latest implementation must be
// merged. An earlier merge followed by a newer open attempt does not count — the participants would
// be asked about a fix that is being redone.
import type { DbClient } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";

export async function requireMergedTask(tx: DbClient, input: { projectId: string; taskId: string }) {
  // a task of another project is not found here, like on every other child route
  const task = await tx.task.findFirst({
    where: { id: input.taskId, projectId: input.projectId },
    select: { id: true, title: true, implementations: { where: { dryRun: false }, orderBy: { createdAt: "desc" }, take: 1 } },
  });
  if (!task) throw notFound("Task");
  const latest = task.implementations[0];
  if (latest?.status !== "merged")
    throw conflict("Follow-up invitations are for a task whose pull request is merged: merge this task's latest pull request first");
  return { task: { id: task.id, title: task.title }, implementation: latest };
}
