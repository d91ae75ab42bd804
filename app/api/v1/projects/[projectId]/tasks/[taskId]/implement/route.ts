// POST /api/v1/projects/:projectId/tasks/:taskId/implement { dryRun? } — queue the pull request (member); 202.
// A second call while a PR is open or being created returns that implementation (queued: false).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { json, route } from "@/lib/http";
import { requestPush } from "@/lib/implementations/request-push";
import { implementSchema, taskParams } from "@/lib/implementations/schemas";

export const POST = route({ auth: "principal", params: taskParams, body: implementSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return json(await requestPush({ ...params, dryRun: body.dryRun }), 202);
});
