// GET /api/v1/projects/:projectId/implementations?taskId=&status=&limit=&cursor= — the project's implementation attempts, newest first (viewer).
import { route } from "@/lib/http";
import { listProjectImplementations } from "@/lib/implementations/list-project-implementations";
import { listImplementationsQuery } from "@/lib/implementations/schemas";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route(
  { auth: "principal", access: "view", params: projectParams, query: listImplementationsQuery },
  async ({ params, query }) => {
    return listProjectImplementations({ projectId: params.projectId, ...query });
  },
);
