// One implementation attempt per task at a time: a spec request or a push reuses the task's latest
// attempt unless that one ended (merged or closed). The task row is locked while deciding, so two
// clicks at once cannot start two attempts.
import type { DbClient } from "@/lib/db";
import { notFound } from "@/lib/errors";

const ENDED = ["merged", "closed"] as const;

export async function lockTaskAndCurrentImplementation(tx: DbClient, input: { projectId: string; taskId: string }) {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "Task" WHERE "id" = ${input.taskId} AND "projectId" = ${input.projectId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("Task");
  const task = await tx.task.findUniqueOrThrow({ where: { id: input.taskId } });
  const current = await tx.implementation.findFirst({
    where: { taskId: task.id, status: { notIn: [...ENDED] } },
    orderBy: { createdAt: "desc" },
  });
  return { task, current };
}
