// GET|PATCH /api/v1/projects/:projectId/tasks/:taskId — a task with its evidence, history, implementations and measurements (viewer); edit status/title/description/type/effort (member).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { getTaskDetail } from "@/lib/tasks/list-tasks";
import { taskParams, updateTaskSchema } from "@/lib/tasks/schemas";
import { updateTask } from "@/lib/tasks/update-task";

export const GET = route({ auth: "principal", params: taskParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return { task: await getTaskDetail(params) };
});

export const PATCH = route({ auth: "principal", params: taskParams, body: updateTaskSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return { task: await updateTask({ ...params, actorUserId: principal.kind === "user" ? principal.userId : null, data: body }) };
});
