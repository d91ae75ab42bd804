// /u/follow-up/[token] — a participant's personal follow-up link (from the invitation mail, no
// login): what changed and the consent choices, then Start into the interview room. An unknown,
// expired, used or opted-out link explains itself (lib/follow-up/follow-up-link.ts).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FollowUpStart } from "@/components/follow-up/follow-up-start";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { openFollowUpLink } from "@/lib/follow-up/follow-up-link";

import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl } from "@/lib/i18n/participant-intl";

type Props = { params: Promise<{ token: string }> };

export const metadata: Metadata = { title: "Follow-up interview", robots: { index: false, follow: false } };

export default async function FollowUpLinkPage({ params }: Props) {
  const { token } = await params;
  const link = await openFollowUpLink({ token });
  if (link.kind === "not_found") notFound();
  return (
    <ParticipantIntl language={await participantPageLanguage()}>
      <PublicShell>
        {link.kind === "ok" ? (
          <FollowUpStart
            token={token}
            projectName={link.projectName}
            taskTitle={link.taskTitle}
            participantName={link.participantName}
            resuming={link.sessionId !== null}
          />
        ) : link.kind === "expired" ? (
          <PublicNotice icon="warning" title="This link has expired" testId="follow-up-link-problem">
            {`Follow-up links work for 14 days. If you would still like to take part, please contact the research team of ${link.projectName}${link.contact ? ` (${link.contact})` : ""} and ask for a new one.`}
          </PublicNotice>
        ) : link.kind === "used" ? (
          <PublicNotice icon="done" title="This link was already used" testId="follow-up-link-problem">
            {`You already took part in this follow-up for ${link.projectName}. Each link works for one interview. Thank you!`}
          </PublicNotice>
        ) : (
          <PublicNotice title="You opted out of follow-up mail" testId="follow-up-link-problem">
            {`You asked ${link.projectName} not to contact you about follow-ups, so this link no longer works.`}
          </PublicNotice>
        )}
      </PublicShell>
    </ParticipantIntl>
  );
}
