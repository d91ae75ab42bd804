// The settings page's GitHub section: loads the connection (never its secrets) and renders the client UI.
import { SettingsSection } from "@/components/settings/settings-section";
import { webhookUrl } from "@/lib/github/connection-view";
import { getGithubConnection } from "@/lib/github/get-github-connection";
import { GithubSettings } from "./github-settings";

export async function GithubSettingsSection({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const connection = await getGithubConnection({ projectId });
  return (
    <SettingsSection
      id="github"
      title="GitHub"
      description="Where tasks become pull requests. Each project uses its own credentials; merges come back through a signed webhook."
    >
      <GithubSettings projectId={projectId} connection={connection} canManage={canManage} webhookUrl={webhookUrl()} />
    </SettingsSection>
  );
}
