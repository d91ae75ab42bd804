"use client";

// The personal follow-up link's form: what this is about, the same consent choices as the screener
// (recording optional — the room records only with it; analytics), and Start, which opens (or
// re-enters) the participant's follow-up session and goes to the interview room.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { InterviewConsents } from "@/components/screeners/interview-consents";

export function FollowUpStart({
  token,
  projectName,
  taskTitle,
  participantName,
  resuming,
}: {
  token: string;
  projectName: string;
  taskTitle: string;
  participantName: string | null;
  resuming: boolean;
}) {
  const t = useTranslations("participant.followUp");
  // the page's language (their earlier interview's, the link's or the browser's): the interview's too
  const locale = useLocale();
  const tForm = useTranslations("participant.form");
  const [consents, setConsents] = useState({ recording: false, analytics: false });
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (starting) return;
    setStarting(true);
    setError(null);
    try {
      const result = await api<{ interviewUrl: string }>(`/api/v1/follow-up/${encodeURIComponent(token)}/start`, {
        method: "POST",
        body: { consents, language: locale },
      });
      window.location.assign(result.interviewUrl);
    } catch (err) {
      setError(errorMessage(err));
      setStarting(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" data-testid="follow-up-start">
      <section className="space-y-3 rounded-xl border border-zinc-200 bg-white px-5 py-5 shadow-sm sm:px-6">
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900">
          {participantName ? t("greetingNamed", { name: participantName }) : t("greeting")}
        </h1>
        <p className="text-sm leading-relaxed text-zinc-700">
          {t.rich("intro", {
            project: projectName,
            task: taskTitle,
            strong: (chunks) => <strong className="font-semibold text-zinc-900">{chunks}</strong>,
          })}
        </p>
      </section>

      <section className="space-y-4 rounded-xl border border-zinc-200 bg-white px-5 py-5 shadow-sm sm:px-6" aria-labelledby="consent-title">
        <h2 id="consent-title" className="text-base font-semibold text-zinc-900">
          {tForm("consentTitle")}
        </h2>
        <p className="rounded-lg bg-zinc-50 px-4 py-3 text-sm leading-relaxed text-zinc-700" data-testid="ai-disclosure">
          {t.rich("aiDisclosure", { strong: (chunks) => <strong className="font-semibold text-zinc-900">{chunks}</strong> })}
        </p>
        <InterviewConsents consents={consents} onChange={(patch) => setConsents((c) => ({ ...c, ...patch }))} />
      </section>

      {error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-zinc-600">{tForm("privacy")}</p>
        <button
          type="submit"
          disabled={starting}
          aria-busy={starting || undefined}
          className="inline-flex h-11 items-center justify-center gap-2 rounded-lg bg-(--brand) px-6 text-[15px] font-semibold text-(color:--brand-fg) shadow-sm transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand) disabled:opacity-60"
        >
          {resuming ? t("continue") : t("start")}
        </button>
      </div>
    </form>
  );
}
