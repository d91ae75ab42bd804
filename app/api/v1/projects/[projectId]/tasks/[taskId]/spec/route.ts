// POST /api/v1/projects/:projectId/tasks/:taskId/spec — queue writing the task's implementation spec (member); 202.
import { json, route } from "@/lib/http";
import { requestSpec } from "@/lib/implementations/request-spec";
import { emptyBody, taskParams } from "@/lib/implementations/schemas";

export const POST = route({ auth: "principal", access: "work", params: taskParams, body: emptyBody }, async ({ params }) => {
  return json({ implementation: await requestSpec(params) }, 202);
});
