// GET /api/v1/projects/:projectId/implementations?taskId=&status=&limit=&cursor= — the project's implementation attempts, newest first (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { listProjectImplementations } from "@/lib/implementations/list-project-implementations";
import { listImplementationsQuery } from "@/lib/implementations/schemas";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route({ auth: "principal", params: projectParams, query: listImplementationsQuery }, async ({ principal, params, query }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return listProjectImplementations({ projectId: params.projectId, ...query });
});
