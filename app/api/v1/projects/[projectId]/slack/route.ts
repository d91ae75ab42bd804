// GET|PUT|DELETE /api/v1/projects/:projectId/slack — the project's Slack incoming webhook (admin): whether
// one is set (the URL is a credential and is never shown again), set it, or remove it.
import { auditActorOf } from "@/lib/audit/audit-actor";
import { route } from "@/lib/http";
import { setSlackWebhookSchema } from "@/lib/integrations/slack/schemas";
import { setSlackWebhook } from "@/lib/integrations/slack/set-slack-webhook";
import { getSlackSettings } from "@/lib/integrations/slack/slack-settings";
import { projectParams } from "@/lib/integrations/webhooks/schemas";

export const GET = route({ auth: "principal", access: "admin", params: projectParams }, async ({ params }) => {
  return { slack: await getSlackSettings(params) };
});

export const PUT = route(
  { auth: "principal", access: "admin", params: projectParams, body: setSlackWebhookSchema },
  async ({ principal, params, body }) => {
    return { slack: await setSlackWebhook({ projectId: params.projectId, actor: auditActorOf(principal), url: body.url }) };
  },
);

export const DELETE = route({ auth: "principal", access: "admin", params: projectParams }, async ({ principal, params }) => {
  return { slack: await setSlackWebhook({ projectId: params.projectId, actor: auditActorOf(principal), url: null }) };
});
