// PATCH|DELETE /api/v1/projects/:projectId/webhooks/:webhookId — change an endpoint (URL, description,
// event types, enabled) or delete it with its delivery log (admin).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { noContent, route } from "@/lib/http";
import { deleteWebhookEndpoint } from "@/lib/integrations/webhooks/delete-webhook-endpoint";
import { updateWebhookSchema, webhookParams } from "@/lib/integrations/webhooks/schemas";
import { updateWebhookEndpoint } from "@/lib/integrations/webhooks/update-webhook-endpoint";

export const PATCH = route(
  { auth: "principal", access: "admin", params: webhookParams, body: updateWebhookSchema },
  async ({ principal, params, body }) => {
    return { endpoint: await updateWebhookEndpoint({ ...params, actor: auditActorOf(principal), data: body }) };
  },
);

export const DELETE = route({ auth: "principal", access: "admin", params: webhookParams }, async ({ principal, params }) => {
  await deleteWebhookEndpoint({ ...params, actor: auditActorOf(principal) });
  return noContent();
});
