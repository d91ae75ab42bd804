"use client";
// The completion page's body: the study's thank-you and the processing status, kept current by
// polling the session every few seconds until it is final (processed or failed). A spinner shows
// only while analysis really runs; "pending" may last (the job engine can be down) and says so calmly.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { fetchView, type InterviewView } from "./participant-api";

const POLL_MS = 3000;
type Session = InterviewView["session"];

function Spinner() {
  return (
    <span
      className="inline-block size-4 animate-spin rounded-full border-2 border-zinc-300 border-t-(--brand) motion-reduce:animate-none"
      aria-hidden="true"
    />
  );
}

function StatusText({ session }: { session: Session }) {
  const t = useTranslations("participant.complete");
  switch (session.processingStatus) {
    case "pending":
      // nothing runs yet (the job engine may not have picked it up): no spinner, nothing to wait for
      return <p>{t("pending")}</p>;
    case "processing":
      return (
        <p className="flex items-center gap-2.5">
          <Spinner /> {t("processing")}
        </p>
      );
    case "processed":
      return (
        <p>
          <span className="font-medium text-emerald-700">{t("processed")}</span>{" "}
          {session.signalCount === 0 ? t("processedNone") : t("processedCount", { count: session.signalCount })}
        </p>
      );
    case "failed":
      return (
        <div className="space-y-1">
          <p className="font-medium text-amber-800">{t("failedTitle")}</p>
          <p className="text-zinc-600">{session.processingError}</p>
          <p className="text-zinc-600">{t("failedBody")}</p>
        </div>
      );
  }
}

export function CompletionStatus({ initial, publicKey }: { initial: InterviewView; publicKey: string }) {
  const t = useTranslations("participant.complete");
  const [session, setSession] = useState(initial.session);
  const [stale, setStale] = useState(false);
  const final = session.processingStatus === "processed" || session.processingStatus === "failed";

  useEffect(() => {
    if (final) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const view = await fetchView(initial.session.id, publicKey);
        if (cancelled) return;
        setSession(view.session);
        setStale(false);
      } catch {
        // keep polling; say so while it lasts
        if (!cancelled) setStale(true);
      }
      // a final status re-runs this effect, which then stops
      if (!cancelled) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [final, initial.session.id, publicKey]);

  const thanks = initial.screener?.thankYouMessage?.trim();
  // the researcher's thank-you in the main language (no translation for this one) carries its own lang
  const thanksLang = thanks && initial.screener?.fallback.includes("thankYouMessage") ? initial.screener.mainLanguage : undefined;
  return (
    <div className="space-y-6" data-testid="completion">
      <section className="rounded-xl border border-zinc-200 bg-white px-6 py-10 text-center shadow-sm sm:px-10">
        <div className="mx-auto mb-4 grid size-11 place-items-center rounded-full bg-(--brand)/10 text-(--brand)" aria-hidden="true">
          <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="m5 12.5 4.5 4.5L19 7.5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{t("title")}</h1>
        <p
          className="mx-auto mt-2 max-w-md text-[15px] leading-relaxed whitespace-pre-line text-zinc-600"
          data-testid="thank-you"
          lang={thanksLang}
          dir={thanks ? "auto" : undefined}
        >
          {thanks || t("thanksDefault")}
        </p>
      </section>

      <section className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6" aria-labelledby="processing-title">
        <h2 id="processing-title" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">
          {t("nextTitle")}
        </h2>
        <div
          className="mt-3 text-[15px] leading-relaxed text-zinc-800"
          role="status"
          aria-live="polite"
          data-testid="processing-status"
          data-status={session.processingStatus}
        >
          <StatusText session={session} />
        </div>
        {stale && !final && <p className="mt-2 text-sm text-zinc-500">{t("stale")}</p>}
        <p className="mt-4 text-sm text-zinc-500">{t("closeAnytime")}</p>
      </section>
    </div>
  );
}
