// GET /api/v1/projects/:projectId/tasks/:taskId/implementations — attempts (newest first) and impact history (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { listTaskImplementations } from "@/lib/implementations/list-implementations";
import { taskParams } from "@/lib/implementations/schemas";

export const GET = route({ auth: "principal", params: taskParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return listTaskImplementations(params);
});
