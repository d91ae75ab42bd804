// An unknown follow-up link (mistyped, cut off, or never issued): 404 with what to do.
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl, participantIntl } from "@/lib/i18n/participant-intl";

export default async function FollowUpLinkNotFound() {
  const intl = await participantIntl(await participantPageLanguage());
  const { t } = intl;
  return (
    <ParticipantIntl intl={intl}>
      <PublicShell>
        <PublicNotice icon="warning" title={t("followUp.notFound.title")} testId="follow-up-link-problem">
          {t("followUp.notFound.body")}
        </PublicNotice>
      </PublicShell>
    </ParticipantIntl>
  );
}
