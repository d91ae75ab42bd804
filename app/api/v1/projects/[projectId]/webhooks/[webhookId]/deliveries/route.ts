// GET /api/v1/projects/:projectId/webhooks/:webhookId/deliveries — the endpoint's delivery log, newest first (admin).
import { route } from "@/lib/http";
import { listWebhookDeliveries } from "@/lib/integrations/webhooks/list-webhook-deliveries";
import { deliveriesQuery, webhookParams } from "@/lib/integrations/webhooks/schemas";

export const GET = route(
  { auth: "principal", access: "admin", params: webhookParams, query: deliveriesQuery },
  async ({ params, query }) => {
    return { deliveries: await listWebhookDeliveries({ ...params, limit: query.limit }) };
  },
);
