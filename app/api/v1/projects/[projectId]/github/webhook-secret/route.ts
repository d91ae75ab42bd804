// POST /api/v1/projects/:projectId/github/webhook-secret — a new webhook secret, shown once (admin).
import { rotateWebhookSecret } from "@/lib/github/rotate-webhook-secret";
import { projectParams } from "@/lib/github/schemas";
import { created, route } from "@/lib/http";

export const POST = route({ auth: "principal", access: "admin", params: projectParams }, async ({ params }) => {
  return created(await rotateWebhookSecret(params));
});
