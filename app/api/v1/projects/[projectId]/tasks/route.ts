// GET /api/v1/projects/:projectId/tasks — tasks by priority (or newest), optionally by status (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";
import { listTasks } from "@/lib/tasks/list-tasks";
import { listTasksQuery } from "@/lib/tasks/schemas";

export const GET = route({ auth: "principal", params: projectParams, query: listTasksQuery }, async ({ principal, params, query }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return listTasks({ projectId: params.projectId, query });
});
