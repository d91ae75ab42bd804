// GET /api/v1/projects/:projectId/tasks/:taskId/implementations — attempts (newest first) and impact history (viewer).
import { route } from "@/lib/http";
import { listTaskImplementations } from "@/lib/implementations/list-implementations";
import { taskParams } from "@/lib/implementations/schemas";

export const GET = route({ auth: "principal", access: "view", params: taskParams }, async ({ params }) => {
  return listTaskImplementations(params);
});
