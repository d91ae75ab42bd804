// /u/opt-out/[token] — the opt-out link in every participant mail (no login): confirm with a button
// and the project sends this address no follow-up mail again (lib/follow-up/opt-out.ts).
import type { Metadata } from "next";
import { OptOutConfirm } from "@/components/follow-up/opt-out-confirm";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { describeOptOut } from "@/lib/follow-up/opt-out";

import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl } from "@/lib/i18n/participant-intl";

type Props = { params: Promise<{ token: string }> };

export const metadata: Metadata = { title: "Stop follow-up mail", robots: { index: false, follow: false } };

export default async function OptOutPage({ params }: Props) {
  const { token } = await params;
  const target = await describeOptOut({ token });
  return (
    <ParticipantIntl language={await participantPageLanguage()}>
      <PublicShell>
        {target ? (
          <OptOutConfirm token={token} projectName={target.projectName} done={target.optedOut} />
        ) : (
          <PublicNotice icon="warning" title="This opt-out link is not valid" testId="opt-out-problem">
            Please use the full link from the email you received. If it still does not work, reply to that email and ask not to be contacted
            again.
          </PublicNotice>
        )}
      </PublicShell>
    </ParticipantIntl>
  );
}
