// POST|DELETE /api/v1/projects/:projectId/tasks/:taskId/signals/:signalId — link or unlink evidence; the task is rescored (member).
import { route } from "@/lib/http";
import { linkSignalToTask, unlinkSignalFromTask } from "@/lib/tasks/link-signal";
import { taskSignalParams } from "@/lib/tasks/schemas";

export const POST = route({ auth: "principal", access: "work", params: taskSignalParams }, async ({ params }) => {
  return { task: await linkSignalToTask(params) };
});

export const DELETE = route({ auth: "principal", access: "work", params: taskSignalParams }, async ({ params }) => {
  return { task: await unlinkSignalFromTask(params) };
});
