// /u/interview/[sessionId]?key=ut_pub_… — the interview room: permission check, name/email, chat with the AI interviewer, end.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ParticipantLinkProblem } from "@/components/interview/participant-link-problem";
import { InterviewRoom } from "@/components/interview/interview-room";
import { PublicShell } from "@/components/screeners/public-shell";
import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl, participantIntl } from "@/lib/i18n/participant-intl";
import { loadParticipantPage } from "@/lib/interviewer/load-participant-page";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// the tab's title in the link's or the browser's language (the session is loaded by the page)
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await participantPageLanguage({ link: first((await searchParams).lang) });
  const { t } = await participantIntl(locale);
  return { title: t("interviewMetaTitle"), robots: { index: false, follow: false } };
}

export default async function InterviewPage({ params, searchParams }: Props) {
  const [{ sessionId }, query] = await Promise.all([params, searchParams]);
  const key = first(query.key);
  const page = await loadParticipantPage({ sessionId, key });
  if (page.kind !== "ok")
    return (
      <ParticipantLinkProblem kind={page.kind} intl={await participantIntl(await participantPageLanguage({ link: first(query.lang) }))} />
    );
  const { view } = page;
  if (view.session.status === "completed" || view.session.status === "abandoned") {
    redirect(`/u/complete/${encodeURIComponent(sessionId)}?key=${encodeURIComponent(page.publicKey)}`);
  }
  const language = await participantPageLanguage({ link: first(query.lang), stored: view.session.language });
  const intl = await participantIntl(language);
  const { t } = intl;
  return (
    <ParticipantIntl intl={intl}>
      <PublicShell
        brandColor={view.screener?.brandColor}
        logoUrl={view.screener?.logoUrl}
        logoAlt={view.screener ? t("logoAlt", { title: view.screener.title }) : undefined}
      >
        <InterviewRoom initial={view} publicKey={page.publicKey} />
      </PublicShell>
    </ParticipantIntl>
  );
}
