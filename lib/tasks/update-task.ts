import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { emitTaskStatusChanged } from "@/lib/integrations/emit-task-status-changed";
import type { UpdateTaskInput } from "./schemas";

/** Edits a task; a status change is recorded in its history with who made it. */
export async function updateTask(input: { projectId: string; taskId: string; actorUserId: string | null; data: UpdateTaskInput }) {
  return db.$transaction(async (tx) => {
    const task = await tx.task.findFirst({ where: { id: input.taskId, projectId: input.projectId } });
    if (!task) throw notFound("Task");
    const updated = await tx.task.update({ where: { id: task.id }, data: input.data });
    if (input.data.status && input.data.status !== task.status) {
      const change = await tx.taskStatusChange.create({
        data: { taskId: task.id, fromStatus: task.status, toStatus: input.data.status, actorUserId: input.actorUserId },
      });
      await emitTaskStatusChanged(tx, { projectId: task.projectId, change, cause: "manual" });
    }
    return updated;
  });
}
