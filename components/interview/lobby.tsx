"use client";
// Before the interview: what it is, what is recorded (from the consents given in the screener), a
// permission check, the participant's name and email (prefilled when known), and Start.
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { MediaCheck } from "./media-check";
import type { InterviewView } from "./participant-api";
import type { RecordingStatus } from "./use-recorder";
import { VoiceLobby, VoiceNotRecorded, VoiceUnavailable } from "./voice/voice-lobby";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const control =
  "block h-11 w-full rounded-lg border border-zinc-300 bg-white px-3.5 text-[15px] text-zinc-900 shadow-xs placeholder:text-zinc-500 " +
  "focus:border-(--brand) focus:outline-2 focus:-outline-offset-1 focus:outline-(--brand) aria-invalid:border-red-400";

export function Lobby(props: {
  view: InterviewView;
  recording: RecordingStatus;
  screen: boolean;
  onScreenChange: (v: boolean) => void;
  starting: boolean;
  error: string | null;
  onStart: (body: { participantName?: string; participantEmail?: string }) => void;
}) {
  const { session, screener, interviewer } = props.view;
  const t = useTranslations("participant.lobby");
  const tForm = useTranslations("participant.form");
  const tRecorder = useTranslations("participant.recorder");
  const id = useId();
  const [name, setName] = useState(session.participantName ?? "");
  const [email, setEmail] = useState(session.participantEmail ?? "");
  const [emailError, setEmailError] = useState<string | null>(null);
  const recordingConsent = session.consents.recording;
  // a voice interview (#18) needs the microphone whatever the recording consent says: its own check replaces the microphone row
  const voice = session.mode === "voice" && props.view.voice.available;
  const hydrated = useHydrated();

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = email.trim();
    if (trimmed && !EMAIL.test(trimmed)) {
      setEmailError(tForm("emailInvalid"));
      return;
    }
    setEmailError(null);
    props.onStart({ participantName: name.trim() || undefined, participantEmail: trimmed || undefined });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-labelledby={`${id}-title`} data-testid="interview-lobby">
      <header className="space-y-3">
        <p className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{t("eyebrow")}</p>
        <h1
          id={`${id}-title`}
          lang={screener?.fallback.includes("title") ? screener.mainLanguage : undefined}
          dir={screener ? "auto" : undefined}
          className="text-2xl font-semibold tracking-tight text-balance text-zinc-900 sm:text-3xl"
        >
          {screener?.title ?? t("defaultTitle")}
        </h1>
        <p className="text-[15px] leading-relaxed text-zinc-600">{t("intro")}</p>
      </header>

      {!interviewer.available && (
        <p
          role="alert"
          className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          data-testid="interviewer-unavailable"
        >
          {t("interviewerUnavailable")}
        </p>
      )}

      <section className="space-y-3 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6" aria-labelledby={`${id}-recording`}>
        <h2 id={`${id}-recording`} className="text-base font-semibold text-zinc-900">
          {t("recordingTitle")}
        </h2>
        {recordingConsent ? (
          <>
            <p className="text-[15px] leading-relaxed text-zinc-600">{t("recordingAgreed", { screen: props.screen ? "yes" : "no" })}</p>
            {props.recording.kind === "unavailable" && (
              <p className="rounded-lg bg-zinc-100 px-3 py-2 text-sm text-zinc-700" data-testid="recorder-unavailable">
                {tRecorder(props.recording.problem)}
              </p>
            )}
            <MediaCheck screen={props.screen} onScreenChange={props.onScreenChange} disabled={props.starting} microphone={!voice} />
          </>
        ) : voice ? (
          <VoiceNotRecorded />
        ) : (
          <p className="rounded-lg bg-zinc-100 px-4 py-3 text-[15px] leading-relaxed text-zinc-700" data-testid="text-only">
            {t.rich("textOnly", { strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
          </p>
        )}
      </section>

      {voice && <VoiceLobby recordingConsent={recordingConsent} disabled={props.starting} />}
      {session.mode === "voice" && !voice && <VoiceUnavailable />}

      <section className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6" aria-labelledby={`${id}-about`}>
        <div>
          <h2 id={`${id}-about`} className="text-base font-semibold text-zinc-900">
            {t("aboutTitle")}
          </h2>
          <p className="mt-1 text-sm text-zinc-500">{t("aboutHint")}</p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1.5">
            <label htmlFor={`${id}-name`} className="block text-sm font-medium text-zinc-800">
              {tForm("name")}
            </label>
            <input
              id={`${id}-name`}
              className={control}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="name"
              maxLength={200}
            />
          </div>
          <div className="space-y-1.5">
            <label htmlFor={`${id}-email`} className="block text-sm font-medium text-zinc-800">
              {tForm("email")}
            </label>
            <input
              id={`${id}-email`}
              type="email"
              className={control}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="email"
              maxLength={320}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? `${id}-email-error` : undefined}
            />
            {emailError && (
              <p id={`${id}-email-error`} className="text-sm text-red-700">
                {emailError}
              </p>
            )}
          </div>
        </div>
      </section>

      {props.error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800" data-testid="start-error">
          {props.error}
        </p>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={!hydrated || props.starting || !interviewer.available}
          className="inline-flex h-11 items-center rounded-lg bg-(--brand) px-6 text-[15px] font-semibold text-(--brand-fg) shadow-sm transition-opacity hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand) disabled:opacity-50"
        >
          {props.starting ? t("starting") : t("start")}
        </button>
        {recordingConsent && <p className="text-sm text-zinc-500">{t("recordingStartsNote")}</p>}
      </div>
    </form>
  );
}
