// POST /api/v1/projects/:projectId/github/webhook-secret — a new webhook secret, shown once (admin).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { rotateWebhookSecret } from "@/lib/github/rotate-webhook-secret";
import { projectParams } from "@/lib/github/schemas";
import { created, route } from "@/lib/http";

export const POST = route({ auth: "principal", params: projectParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return created(await rotateWebhookSecret(params));
});
