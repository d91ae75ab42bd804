// What a participant page shows when its link cannot be used, in the page's language (issue #17).
import { getTranslations } from "next-intl/server";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { ParticipantIntl } from "@/lib/i18n/participant-intl";

const KEYS = { missing_key: "missingKey", invalid_key: "invalidKey", not_found: "notFound" } as const;

export async function ParticipantLinkProblem({ kind, language }: { kind: keyof typeof KEYS; language: string }) {
  const t = await getTranslations({ locale: language, namespace: "participant.linkProblem" });
  return (
    <ParticipantIntl language={language}>
      <PublicShell>
        <PublicNotice icon="warning" title={t(`${KEYS[kind]}.title`)} testId="participant-link-problem">
          {t(`${KEYS[kind]}.body`)}
        </PublicNotice>
      </PublicShell>
    </ParticipantIntl>
  );
}
