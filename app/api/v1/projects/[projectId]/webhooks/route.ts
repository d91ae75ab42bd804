// GET|POST /api/v1/projects/:projectId/webhooks — the project's outbound webhook endpoints (admin):
// list them, or add one (its signing secret is returned once, in the Standard Webhooks whsec_ form).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { route } from "@/lib/http";
import { createWebhookEndpoint } from "@/lib/integrations/webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/integrations/webhooks/list-webhook-endpoints";
import { createWebhookSchema, projectParams } from "@/lib/integrations/webhooks/schemas";

export const GET = route({ auth: "principal", access: "admin", params: projectParams }, async ({ params }) => {
  return { endpoints: await listWebhookEndpoints(params) };
});

export const POST = route(
  { auth: "principal", access: "admin", params: projectParams, body: createWebhookSchema },
  async ({ principal, params, body }) => {
    const created = await createWebhookEndpoint({ projectId: params.projectId, actor: auditActorOf(principal), data: body });
    return Response.json(created, { status: 201 });
  },
);
