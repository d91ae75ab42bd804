// POST /api/v1/projects/:projectId/tasks/:taskId/spec — queue writing the task's implementation spec (member); 202.
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { json, route } from "@/lib/http";
import { requestSpec } from "@/lib/implementations/request-spec";
import { emptyBody, taskParams } from "@/lib/implementations/schemas";

export const POST = route({ auth: "principal", params: taskParams, body: emptyBody }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return json({ implementation: await requestSpec(params) }, 202);
});
