// An unknown follow-up link (mistyped, cut off, or never issued): 404 with what to do.
import { ParticipantIntl } from "@/lib/i18n/participant-intl";
import { participantPageLanguage } from "@/lib/i18n/page-language";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";

export default async function FollowUpLinkNotFound() {
  return (
    <ParticipantIntl language={await participantPageLanguage()}>
      <PublicShell>
        <PublicNotice icon="warning" title="Follow-up link not found" testId="follow-up-link-problem">
          This link is not valid. Please use the full link from your invitation email; if it still does not work, reply to that email and
          ask the research team for a new one.
        </PublicNotice>
      </PublicShell>
    </ParticipantIntl>
  );
}
