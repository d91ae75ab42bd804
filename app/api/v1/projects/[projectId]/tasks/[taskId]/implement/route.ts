// POST /api/v1/projects/:projectId/tasks/:taskId/implement { dryRun? } — queue the pull request (member); 202.
// A second call while a PR is open or being created returns that implementation (queued: false).
import { json, route } from "@/lib/http";
import { requestPush } from "@/lib/implementations/request-push";
import { implementSchema, taskParams } from "@/lib/implementations/schemas";

export const POST = route({ auth: "principal", access: "work", params: taskParams, body: implementSchema }, async ({ params, body }) => {
  return json(await requestPush({ ...params, dryRun: body.dryRun }), 202);
});
