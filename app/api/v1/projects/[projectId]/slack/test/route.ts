// POST /api/v1/projects/:projectId/slack/test — post a test message to the project's Slack webhook now (admin).
import { route } from "@/lib/http";
import { sendSlackTest } from "@/lib/integrations/slack/send-slack-test";
import { projectParams } from "@/lib/integrations/webhooks/schemas";

export const POST = route({ auth: "principal", access: "admin", params: projectParams }, async ({ params }) => {
  return sendSlackTest(params);
});
