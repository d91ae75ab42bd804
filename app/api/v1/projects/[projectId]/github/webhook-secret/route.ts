// POST /api/v1/projects/:projectId/github/webhook-secret — a new webhook secret, shown once (admin).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { rotateWebhookSecret } from "@/lib/github/rotate-webhook-secret";
import { projectParams } from "@/lib/github/schemas";
import { created, route } from "@/lib/http";

export const POST = route({ auth: "principal", access: "admin", params: projectParams }, async ({ principal, params }) => {
  return created(await rotateWebhookSecret({ ...params, actor: auditActorOf(principal) }));
});
