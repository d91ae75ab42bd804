// /u/opt-out/[token] — the opt-out link in every participant mail (no login): confirm with a button
// and the project sends this address no follow-up mail again (lib/follow-up/opt-out.ts). In the
// browser's language (issue #17).
import type { Metadata } from "next";
import { OptOutConfirm } from "@/components/follow-up/opt-out-confirm";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { describeOptOut } from "@/lib/follow-up/opt-out";
import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl, participantIntl } from "@/lib/i18n/participant-intl";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await participantIntl(await participantPageLanguage());
  return { title: t("optOut.metaTitle"), robots: { index: false, follow: false } };
}

export default async function OptOutPage({ params }: Props) {
  const { token } = await params;
  const target = await describeOptOut({ token });
  const intl = await participantIntl(await participantPageLanguage());
  const { t } = intl;
  return (
    <ParticipantIntl intl={intl}>
      <PublicShell>
        {target ? (
          <OptOutConfirm token={token} projectName={target.projectName} done={target.optedOut} />
        ) : (
          <PublicNotice icon="warning" title={t("optOut.invalid.title")} testId="opt-out-problem">
            {t("optOut.invalid.body")}
          </PublicNotice>
        )}
      </PublicShell>
    </ParticipantIntl>
  );
}
