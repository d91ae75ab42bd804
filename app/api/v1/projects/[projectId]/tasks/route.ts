// GET /api/v1/projects/:projectId/tasks — tasks by priority (or newest), optionally by status (viewer).
import { route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";
import { listTasks } from "@/lib/tasks/list-tasks";
import { listTasksQuery } from "@/lib/tasks/schemas";

export const GET = route({ auth: "principal", access: "view", params: projectParams, query: listTasksQuery }, async ({ params, query }) => {
  return listTasks({ projectId: params.projectId, query });
});
