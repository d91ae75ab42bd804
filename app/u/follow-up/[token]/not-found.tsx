// An unknown follow-up link (mistyped, cut off, or never issued): 404 with what to do.
import { getTranslations } from "next-intl/server";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl } from "@/lib/i18n/participant-intl";

export default async function FollowUpLinkNotFound() {
  const language = await participantPageLanguage();
  const t = await getTranslations({ locale: language, namespace: "participant.followUp.notFound" });
  return (
    <ParticipantIntl language={language}>
      <PublicShell>
        <PublicNotice icon="warning" title={t("title")} testId="follow-up-link-problem">
          {t("body")}
        </PublicNotice>
      </PublicShell>
    </ParticipantIntl>
  );
}
