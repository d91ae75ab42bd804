// /u/complete/[sessionId]?key=ut_pub_… — after the interview: thank-you text and the live processing status.
import type { Metadata } from "next";
import { CompletionStatus } from "@/components/interview/completion-status";
import { ParticipantLinkProblem } from "@/components/interview/participant-link-problem";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { participantPageLanguage } from "@/lib/i18n/page-language";
import { ParticipantIntl } from "@/lib/i18n/participant-intl";
import { loadParticipantPage } from "@/lib/interviewer/load-participant-page";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Thank you", robots: { index: false, follow: false } };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CompletePage({ params, searchParams }: Props) {
  const [{ sessionId }, query] = await Promise.all([params, searchParams]);
  const page = await loadParticipantPage({ sessionId, key: first(query.key) });
  if (page.kind !== "ok")
    return <ParticipantLinkProblem kind={page.kind} language={await participantPageLanguage({ link: first(query.lang) })} />;
  const { view, publicKey } = page;
  const shell = {
    brandColor: view.screener?.brandColor,
    logoUrl: view.screener?.logoUrl,
    logoAlt: view.screener ? `${view.screener.title} logo` : undefined,
  };
  const language = await participantPageLanguage({ link: first(query.lang), stored: view.session.language });
  if (view.session.status === "pending" || view.session.status === "active") {
    const room = `/u/interview/${encodeURIComponent(sessionId)}?key=${encodeURIComponent(publicKey)}`;
    return (
      <ParticipantIntl language={language}>
        <PublicShell {...shell}>
          <PublicNotice title="The interview is still open" testId="interview-still-open">
            It has not been ended yet.{" "}
            <a href={room} className="font-medium text-(color:--brand) underline">
              Go back to the interview
            </a>
            .
          </PublicNotice>
        </PublicShell>
      </ParticipantIntl>
    );
  }
  return (
    <ParticipantIntl language={language}>
      <PublicShell {...shell}>
        <CompletionStatus initial={view} publicKey={publicKey} />
      </PublicShell>
    </ParticipantIntl>
  );
}
