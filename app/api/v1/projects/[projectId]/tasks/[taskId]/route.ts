// GET|PATCH /api/v1/projects/:projectId/tasks/:taskId — a task with its evidence, history, implementations and measurements (viewer); edit status/title/description/type/effort (member).
import { route } from "@/lib/http";
import { getTaskDetail } from "@/lib/tasks/list-tasks";
import { taskParams, updateTaskSchema } from "@/lib/tasks/schemas";
import { updateTask } from "@/lib/tasks/update-task";

export const GET = route({ auth: "principal", access: "view", params: taskParams }, async ({ params }) => {
  return { task: await getTaskDetail(params) };
});

export const PATCH = route(
  { auth: "principal", access: "work", params: taskParams, body: updateTaskSchema },
  async ({ principal, params, body }) => {
    return { task: await updateTask({ ...params, actorUserId: principal.kind === "user" ? principal.userId : null, data: body }) };
  },
);
