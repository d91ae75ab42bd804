// /u/complete/[sessionId]?key=ut_pub_… — after the interview: thank-you text and the live processing status.
import type { Metadata } from "next";
import { CompletionStatus } from "@/components/interview/completion-status";
import { ParticipantLinkProblem } from "@/components/interview/participant-link-problem";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl, participantIntl } from "@/lib/i18n/participant-intl";
import { loadParticipantPage } from "@/lib/interviewer/load-participant-page";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// the tab's title in the link's or the browser's language (the session is loaded by the page)
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await participantPageLanguage({ link: first((await searchParams).lang) });
  const { t } = await participantIntl(locale);
  return { title: t("complete.metaTitle"), robots: { index: false, follow: false } };
}

export default async function CompletePage({ params, searchParams }: Props) {
  const [{ sessionId }, query] = await Promise.all([params, searchParams]);
  const page = await loadParticipantPage({ sessionId, key: first(query.key) });
  if (page.kind !== "ok")
    return (
      <ParticipantLinkProblem kind={page.kind} intl={await participantIntl(await participantPageLanguage({ link: first(query.lang) }))} />
    );
  const { view, publicKey } = page;
  const language = await participantPageLanguage({ link: first(query.lang), stored: view.session.language });
  const intl = await participantIntl(language);
  const { t } = intl;
  const shell = {
    brandColor: view.screener?.brandColor,
    logoUrl: view.screener?.logoUrl,
    logoAlt: view.screener ? t("logoAlt", { title: view.screener.title }) : undefined,
  };
  if (view.session.status === "pending" || view.session.status === "active") {
    const room = `/u/interview/${encodeURIComponent(sessionId)}?key=${encodeURIComponent(publicKey)}`;
    return (
      <ParticipantIntl intl={intl}>
        <PublicShell {...shell}>
          <PublicNotice title={t("complete.stillOpenTitle")} testId="interview-still-open">
            {t.rich("complete.stillOpenBody", {
              link: (chunks) => (
                <a href={room} className="font-medium text-(color:--brand) underline">
                  {chunks}
                </a>
              ),
            })}
          </PublicNotice>
        </PublicShell>
      </ParticipantIntl>
    );
  }
  return (
    <ParticipantIntl intl={intl}>
      <PublicShell {...shell}>
        <CompletionStatus initial={view} publicKey={publicKey} />
      </PublicShell>
    </ParticipantIntl>
  );
}
