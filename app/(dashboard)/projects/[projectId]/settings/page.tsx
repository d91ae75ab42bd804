import type { Metadata } from "next";
import { FollowUpSettings } from "@/components/follow-up/follow-up-settings";
import { LanguageSettings } from "@/components/languages/language-settings";
import { GithubSettingsSection } from "@/components/github/github-settings-section";
import { IntegrationsSettingsSection } from "@/components/integrations/integrations-settings-section";
import { AuditLog } from "@/components/settings/audit-log";
import { DeleteProject } from "@/components/settings/delete-project";
import { GeneralSettings } from "@/components/settings/general-settings";
import { KeysSettings } from "@/components/settings/keys-settings";
import { MembersSettings } from "@/components/settings/members-settings";
import { PrivacySettings } from "@/components/settings/privacy-settings";
import { RetentionSettings } from "@/components/settings/retention-settings";
import { ReadOnlyNote, SettingsSection } from "@/components/settings/settings-section";
import { SnippetPanel } from "@/components/settings/snippet-panel";
import { SharedLinksSection } from "@/components/sharing/shared-links-section";
import { requireSignedInUser } from "@/lib/access/current-user";
import { getProjectPageAccess } from "@/lib/access/project-page-access";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listErasures } from "@/lib/erasure/list-erasures";
import { env } from "@/lib/env";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { listKeys } from "@/lib/keys/list-keys";
import { listMembers } from "@/lib/members/list-members";
import { listExports } from "@/lib/privacy/export/list-exports";
import { getRetentionStatus } from "@/lib/retention/get-retention-status";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await getProjectPageAccess((await params).projectId);
  return { title: access.ok ? `Settings · ${access.project.name}` : "Settings" };
}

export default async function ProjectSettingsPage({ params }: Props) {
  const { projectId } = await params;
  await requireSignedInUser(`/projects/${encodeURIComponent(projectId)}/settings`);
  const access = await getProjectPageAccess(projectId);
  if (!access.ok) return null; // the layout shows the message
  const { project, role, principal } = access;
  const canManage = hasRole(role, PERMISSION.manage);
  const canDelete = hasRole(role, PERMISSION.deleteProject);

  // members and up get the snippet (they install it); only managers see the key list
  const [members, allKeys, invitations, audit, retention, erasures, exports] = await Promise.all([
    listMembers({ projectId: project.id }),
    hasRole(role, PERMISSION.work) ? listKeys({ projectId: project.id }) : null,
    canManage ? listInvitations({ projectId: project.id }) : null,
    canManage ? listAuditEvents({ projectId: project.id, query: { limit: 50 } }) : null,
    getRetentionStatus({ projectId: project.id }),
    canManage ? listErasures({ projectId: project.id }) : null,
    canManage ? listExports({ projectId: project.id }) : null,
  ]);
  const keys = canManage ? allKeys : null;

  return (
    <div className="space-y-10 pb-10">
      {!canManage && (
        <ReadOnlyNote>You are a {role} of this project, so these settings are read-only. Owners and admins can change them.</ReadOnlyNote>
      )}

      <SettingsSection id="general" title="General" description="The project's name, and the sites allowed to run the SDK snippet.">
        <GeneralSettings
          projectId={project.id}
          canEdit={canManage}
          initial={{
            name: project.name,
            description: project.description,
            githubRepo: project.githubRepo,
            allowedOrigins: project.allowedOrigins,
            keepOriginalText: project.keepOriginalText,
          }}
        />
      </SettingsSection>

      <SettingsSection
        id="retention"
        title="Retention"
        description="How long recordings and sessions are kept. The policy runs daily; what it removed last is shown here."
      >
        <RetentionSettings
          projectId={project.id}
          canEdit={canManage}
          initial={{
            retentionAudioDays: project.retentionAudioDays,
            retentionEventsDays: project.retentionEventsDays,
            retentionTranscriptDays: project.retentionTranscriptDays,
          }}
          lastRun={retention.lastRun && { ...retention.lastRun, finishedAt: retention.lastRun.finishedAt.toISOString() }}
          nextRunAt={retention.nextRunAt.toISOString()}
        />
      </SettingsSection>

      <SettingsSection id="languages" title="Languages" description="Interview participants in their language; read the results in yours.">
        <LanguageSettings
          projectId={project.id}
          canEdit={canManage}
          initial={{ researchLanguage: project.researchLanguage, interviewLanguages: project.interviewLanguages }}
        />
      </SettingsSection>

      <SettingsSection id="follow-up" title="Follow-up" description="Ask participants whether a merged fix solved their problem.">
        <FollowUpSettings projectId={project.id} initial={project.followUpAutoDelayDays} canEdit={canManage} />
      </SettingsSection>

      <SettingsSection
        id="snippet"
        title="Recording snippet"
        description="Record sessions on your own site: paste the snippet, allow the site's origin, start recording from a click."
      >
        {allKeys ? (
          <SnippetPanel
            appUrl={env().APP_URL}
            publicKey={allKeys.publicKey?.value ?? null}
            allowedOrigins={project.allowedOrigins}
            canEdit={canManage}
          />
        ) : (
          <ReadOnlyNote>Members, admins and owners can see the snippet with this project&apos;s public key.</ReadOnlyNote>
        )}
      </SettingsSection>

      <GithubSettingsSection projectId={project.id} canManage={canManage} />

      <IntegrationsSettingsSection projectId={project.id} role={role} />

      <SharedLinksSection projectId={project.id} role={role} />

      <SettingsSection
        id="keys"
        title="API keys"
        description="The public key identifies this project in browsers; secret keys authenticate servers and the CLI."
      >
        {keys ? (
          <KeysSettings projectId={project.id} publicKey={keys.publicKey} secretKeys={keys.secretKeys} />
        ) : (
          <ReadOnlyNote>Only owners and admins can see and manage this project&apos;s keys.</ReadOnlyNote>
        )}
      </SettingsSection>

      <SettingsSection id="members" title="Members" description="Who can access this project, and what they can do.">
        <MembersSettings
          projectId={project.id}
          projectName={project.name}
          members={members}
          invitations={invitations?.filter((i) => i.status === "pending") ?? null}
          currentUserId={principal.userId}
          actorRole={role}
        />
      </SettingsSection>

      <SettingsSection
        id="privacy"
        title="Privacy"
        description="Answer a participant's request to erase or export their data, with a receipt of what was removed."
      >
        {canManage ? (
          <PrivacySettings projectId={project.id} erasures={erasures} exports={exports} />
        ) : (
          <ReadOnlyNote>Only owners and admins can erase or export participants&apos; data.</ReadOnlyNote>
        )}
      </SettingsSection>

      {audit && (
        <SettingsSection
          id="audit"
          title="Audit log"
          description="Who changed roles, keys and GitHub, and who erased or exported data, newest first. Nobody can edit or delete it."
        >
          <AuditLog
            projectId={project.id}
            events={audit.events}
            hasMore={audit.nextCursor !== null}
            userLabels={Object.fromEntries(members.map((m) => [m.userId, m.email ?? m.name ?? m.userId]))}
          />
        </SettingsSection>
      )}

      {canDelete && (
        <SettingsSection id="danger" title="Danger zone" description="Irreversible actions. Only owners see this.">
          <DeleteProject projectId={project.id} projectName={project.name} />
        </SettingsSection>
      )}
    </div>
  );
}
