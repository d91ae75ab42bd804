// The settings page's Webhooks and Slack sections (admins): loads the endpoints (never their secrets)
// and whether a Slack webhook is set (never its URL), and renders the client UI.
import { ReadOnlyNote, SettingsSection } from "@/components/settings/settings-section";
import type { Role } from "@/generated/prisma/enums";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { getSlackSettings } from "@/lib/integrations/slack/slack-settings";
import { listWebhookEndpoints } from "@/lib/integrations/webhooks/list-webhook-endpoints";
import { SlackSettings } from "./slack-settings";
import { WebhooksSettings } from "./webhooks-settings";

export async function IntegrationsSettingsSection({ projectId, role }: { projectId: string; role: Role }) {
  const canManage = hasRole(role, PERMISSION.manage);
  const [endpoints, slack] = canManage
    ? await Promise.all([listWebhookEndpoints({ projectId }), getSlackSettings({ projectId })])
    : [null, null];
  const adminsOnly = <ReadOnlyNote>Owners and admins manage the project&apos;s webhooks and Slack alerts.</ReadOnlyNote>;
  return (
    <>
      <SettingsSection
        id="webhooks"
        title="Webhooks"
        description="Signed HTTP callbacks (Standard Webhooks) to your own systems when sessions are analysed, tasks change and fixes ship. Failed deliveries are retried with backoff."
      >
        {endpoints ? <WebhooksSettings projectId={projectId} endpoints={endpoints} /> : adminsOnly}
      </SettingsSection>
      <SettingsSection
        id="slack"
        title="Slack"
        description="A short message in a channel when a task reaches high priority or a fix is verified, with a link to the task."
      >
        {slack ? <SlackSettings projectId={projectId} configured={slack.configured} /> : adminsOnly}
      </SettingsSection>
    </>
  );
}
