import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recomputeTaskPriority } from "./recompute-task-priority";

async function findPair(projectId: string, taskId: string, signalId: string) {
  const [task, signal] = await Promise.all([
    db.task.findFirst({ where: { id: taskId, projectId }, select: { id: true } }),
    db.signal.findFirst({ where: { id: signalId, projectId }, select: { id: true } }),
  ]);
  if (!task) throw notFound("Task");
  if (!signal) throw notFound("Signal");
}

/** Adds a signal to a task's evidence (idempotent) and rescores the task. */
export async function linkSignalToTask(input: { projectId: string; taskId: string; signalId: string }) {
  await findPair(input.projectId, input.taskId, input.signalId);
  return db.$transaction(async (tx) => {
    await tx.taskSignal.createMany({ data: [{ taskId: input.taskId, signalId: input.signalId }], skipDuplicates: true });
    return recomputeTaskPriority(tx, { taskId: input.taskId });
  });
}

/** Removes a signal from a task's evidence (idempotent) and rescores the task. */
export async function unlinkSignalFromTask(input: { projectId: string; taskId: string; signalId: string }) {
  await findPair(input.projectId, input.taskId, input.signalId);
  return db.$transaction(async (tx) => {
    await tx.taskSignal.deleteMany({ where: { taskId: input.taskId, signalId: input.signalId } });
    return recomputeTaskPriority(tx, { taskId: input.taskId });
  });
}
