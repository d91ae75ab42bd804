// task.status_changed, from every path that moves a task (the board, a pushed PR, a merge): one event
// per status-change row, so its id is the message id.
import type { TaskStatusChange } from "@/generated/prisma/client";
import type { DbClient } from "@/lib/db";
import { emitProjectEvent } from "./emit-project-event";

export function emitTaskStatusChanged(
  tx: DbClient,
  input: {
    projectId: string;
    change: Pick<TaskStatusChange, "id" | "taskId" | "fromStatus" | "toStatus">;
    cause: "manual" | "pull_request" | "merge";
  },
) {
  const { change } = input;
  return emitProjectEvent(tx, {
    projectId: input.projectId,
    type: "task.status_changed",
    messageId: `task.status_changed.${change.id}`,
    data: { taskId: change.taskId, from: change.fromStatus, to: change.toStatus, cause: input.cause },
  });
}
