// /u/follow-up/[token] — a participant's personal follow-up link (from the invitation mail, no
// login): what changed and the consent choices, then Start into the interview room. An unknown,
// expired, used or opted-out link explains itself (lib/follow-up/follow-up-link.ts). In the
// language of the participant's earlier interview, else the link's ?lang=, else the browser's (issue #17).
import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { FollowUpStart } from "@/components/follow-up/follow-up-start";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { openFollowUpLink } from "@/lib/follow-up/follow-up-link";
import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl, participantIntl } from "@/lib/i18n/participant-intl";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string | string[] }> };

// opened once per request: the title and the page share it
const openLink = cache((token: string) => openFollowUpLink({ token }));

async function pageLanguage({ params, searchParams }: Props) {
  const link = await openLink((await params).token);
  const lang = (await searchParams).lang;
  return participantPageLanguage({
    stored: link.kind === "not_found" ? null : link.language,
    link: typeof lang === "string" ? lang : null,
  });
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { t } = await participantIntl(await pageLanguage(props));
  return { title: t("followUp.metaTitle"), robots: { index: false, follow: false } };
}

export default async function FollowUpLinkPage(props: Props) {
  const { token } = await props.params;
  const link = await openLink(token);
  if (link.kind === "not_found") notFound();
  const intl = await participantIntl(await pageLanguage(props));
  const t = (key: string, values?: Record<string, string>) => intl.t(`followUp.${key}`, values);
  return (
    <ParticipantIntl intl={intl}>
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
          <PublicNotice icon="warning" title={t("expired.title")} testId="follow-up-link-problem">
            {t("expired.body", { project: link.projectName, contact: link.contact || "none" })}
          </PublicNotice>
        ) : link.kind === "used" ? (
          <PublicNotice icon="done" title={t("used.title")} testId="follow-up-link-problem">
            {t("used.body", { project: link.projectName })}
          </PublicNotice>
        ) : (
          <PublicNotice title={t("optedOut.title")} testId="follow-up-link-problem">
            {t("optedOut.body", { project: link.projectName })}
          </PublicNotice>
        )}
      </PublicShell>
    </ParticipantIntl>
  );
}
