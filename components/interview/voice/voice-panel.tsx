"use client";
// The voice room's controls in place of the text box (issue #18): the microphone's state, live
// captions of both sides, Pause/Resume and "Type instead". The transcript above stays the one list
// of the conversation, spoken or typed.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { cx } from "@/components/ui/cx";
import { useVoiceConversation, type VoiceConversationInput } from "./use-voice-conversation";
import { VoiceStatus } from "./voice-status";

export const voiceButton =
  "inline-flex h-10 shrink-0 items-center justify-center gap-1.5 rounded-lg border border-zinc-300 bg-white px-3.5 text-sm font-medium text-zinc-800 shadow-xs " +
  "hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand) disabled:opacity-50";

export function VoicePanel(props: VoiceConversationInput & { language?: string | null; onTypeInstead: () => void }) {
  const t = useTranslations("voice");
  const { audioRef, interruptions, ...voice } = useVoiceConversation(props);
  const [plays, setPlays] = useState(0);
  const lang = props.language ?? undefined;
  const problem = voice.mic !== "on" && voice.mic !== "starting" ? voice.mic : null;
  const hint = problem ? t(`micProblem.${problem}`) : voice.phase === "starting" ? null : t(`hint.${voice.phase}`);

  return (
    <div className="space-y-3 border-t border-zinc-200 bg-zinc-50/60 px-4 py-3" data-testid="voice-panel">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <VoiceStatus phase={voice.phase} hearing={voice.hearing} level={voice.level} />
        <div className="flex gap-2">
          {voice.phase === "paused" ? (
            <button type="button" className={voiceButton} onClick={voice.resume}>
              {t("controls.resume")}
            </button>
          ) : (
            <button type="button" className={voiceButton} onClick={voice.pause} disabled={voice.mic !== "on"}>
              {t("controls.pause")}
            </button>
          )}
          <button type="button" className={voiceButton} onClick={props.onTypeInstead}>
            {t("controls.typeInstead")}
          </button>
        </div>
      </div>

      {hint && (
        <p className={cx("text-sm", problem ? "text-amber-800" : "text-zinc-600")} data-testid="voice-hint">
          {hint}
        </p>
      )}

      {voice.needsGesture && (
        <button
          type="button"
          onClick={voice.unblock}
          className="inline-flex h-10 items-center rounded-lg bg-(--brand) px-4 text-sm font-semibold text-(--brand-fg) shadow-sm hover:opacity-90"
        >
          {t("controls.startTalking")}
        </button>
      )}

      {(voice.interviewerCaption || voice.yourCaption || voice.notice) && (
        <section aria-label={t("captions.label")} className="space-y-1.5 text-[15px] leading-snug" data-testid="voice-captions">
          {voice.notice && (
            <p className="font-medium text-zinc-900" data-testid="voice-notice">
              <span dir="auto" lang={lang}>
                {voice.notice}
              </span>
            </p>
          )}
          {voice.interviewerCaption && (
            <p className="text-zinc-900" data-testid="caption-interviewer">
              <span className="font-semibold">{t("captions.interviewer")}: </span>
              <span dir="auto" lang={lang}>
                {voice.interviewerCaption}
              </span>
            </p>
          )}
          {voice.yourCaption && (
            <p className="text-zinc-600" data-testid="caption-you">
              <span className="font-semibold">{t("captions.you")}: </span>
              <span dir="auto" lang={lang}>
                {voice.yourCaption}
              </span>
            </p>
          )}
        </section>
      )}

      {voice.error && (
        <p role="alert" className="text-sm text-red-700" data-testid="voice-error">
          {voice.error}
        </p>
      )}

      {/* the interviewer's one voice: sentences play through this element in order */}
      <audio
        ref={audioRef}
        preload="auto"
        className="hidden"
        data-testid="voice-audio"
        data-plays={plays}
        data-interruptions={interruptions}
        onPlaying={() => setPlays((n) => n + 1)}
      />
    </div>
  );
}

/** Back from typing to talking (the text box's companion in a voice interview). */
export function TalkInsteadButton({ onClick }: { onClick: () => void }) {
  const t = useTranslations("voice");
  return (
    <div className="border-t border-zinc-200 bg-zinc-50/60 px-4 py-2">
      <button type="button" className={voiceButton} onClick={onClick} data-testid="talk-instead">
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3Zm-7 9a7 7 0 0 0 14 0M12 19v2" />
        </svg>
        {t("controls.talkInstead")}
      </button>
    </div>
  );
}
