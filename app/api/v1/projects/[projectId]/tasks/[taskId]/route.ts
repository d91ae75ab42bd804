// GET /api/v1/projects/:projectId/tasks/:taskId — a task with its evidence, status history, implementations and measurements (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { getTaskDetail } from "@/lib/tasks/list-tasks";
import { taskParams } from "@/lib/tasks/schemas";

export const GET = route({ auth: "principal", params: taskParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return { task: await getTaskDetail(params) };
});
