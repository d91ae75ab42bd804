// POST /api/v1/projects/:projectId/webhooks/:webhookId/test — queue a `webhook.test` event for this
// endpoint through the normal delivery path (admin); answers 202 with the pending delivery.
import { route } from "@/lib/http";
import { webhookParams } from "@/lib/integrations/webhooks/schemas";
import { sendTestEvent } from "@/lib/integrations/webhooks/send-test-event";

export const POST = route({ auth: "principal", access: "admin", params: webhookParams }, async ({ params }) => {
  return Response.json({ delivery: await sendTestEvent(params) }, { status: 202 });
});
