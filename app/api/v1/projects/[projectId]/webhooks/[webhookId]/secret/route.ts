// POST /api/v1/projects/:projectId/webhooks/:webhookId/secret — rotate the endpoint's signing secret;
// the new one is returned once (admin).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { route } from "@/lib/http";
import { rotateWebhookEndpointSecret } from "@/lib/integrations/webhooks/rotate-webhook-endpoint-secret";
import { webhookParams } from "@/lib/integrations/webhooks/schemas";

export const POST = route({ auth: "principal", access: "admin", params: webhookParams }, async ({ principal, params }) => {
  return rotateWebhookEndpointSecret({ ...params, actor: auditActorOf(principal) });
});
