// The settings page's "Shared links" section: loads the project's links (members and up; never a
// token, which exists only in the URL shown once) and renders the client list.
import { ReadOnlyNote, SettingsSection } from "@/components/settings/settings-section";
import type { Role } from "@/generated/prisma/enums";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { listShareLinks } from "@/lib/sharing/list-share-links";
import { SharedLinksList } from "./shared-links-list";

export async function SharedLinksSection({ projectId, role }: { projectId: string; role: Role }) {
  const canSee = hasRole(role, PERMISSION.work);
  return (
    <SettingsSection
      id="shared-links"
      title="Shared links"
      description="Read-only links to a task's evidence or one quote, for people without an account. Quotes are redacted and participants numbered; each link expires and can be revoked."
    >
      {canSee ? (
        <SharedLinksList projectId={projectId} links={await listShareLinks({ projectId })} canRevoke />
      ) : (
        <ReadOnlyNote>Members, admins and owners can see and revoke the project&apos;s shared links.</ReadOnlyNote>
      )}
    </SettingsSection>
  );
}
