"use client";
// The microphone's state in words and an icon (Listening, Thinking, Speaking, Paused, Microphone
// off), announced politely to screen readers when it changes; a level bar shows the voice is heard.
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import { LevelMeter } from "./level-meter";
import type { VoicePhase } from "./use-voice-conversation";

const ICON_PATHS: Record<VoicePhase, string> = {
  // a microphone
  starting: "M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3Zm-7 9a7 7 0 0 0 14 0M12 19v2",
  listening: "M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3Zm-7 9a7 7 0 0 0 14 0M12 19v2",
  // three dots
  thinking: "M6 12h.01M12 12h.01M18 12h.01",
  // a speaker with waves
  speaking: "M11 5 6 9H3v6h3l5 4V5Zm4.5 3.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12",
  // two bars
  paused: "M9 5v14M15 5v14",
  // a crossed-out microphone
  off: "M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3Zm-7 9a7 7 0 0 0 14 0M12 19v2M4 4l16 16",
};

const TONE: Record<VoicePhase, string> = {
  starting: "bg-zinc-100 text-zinc-600",
  listening: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  thinking: "bg-amber-50 text-amber-900 ring-amber-200",
  speaking: "bg-sky-50 text-sky-900 ring-sky-200",
  paused: "bg-zinc-100 text-zinc-700 ring-zinc-200",
  off: "bg-red-50 text-red-800 ring-red-200",
};

export function VoiceStatus({ phase, hearing, level }: { phase: VoicePhase; hearing: boolean; level: number }) {
  const t = useTranslations("voice");
  const label = phase === "listening" && hearing ? t("state.hearing") : t(`state.${phase}`);
  return (
    <div className="flex min-w-0 items-center gap-3">
      <p
        role="status"
        aria-live="polite"
        data-testid="voice-state"
        data-state={phase}
        className={cx("inline-flex h-9 shrink-0 items-center gap-2 rounded-full px-3 text-sm font-semibold ring-1", TONE[phase])}
      >
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          className={cx("size-4", phase === "thinking" && "animate-pulse motion-reduce:animate-none")}
          fill="none"
          stroke="currentColor"
          strokeWidth={phase === "thinking" ? 3.5 : 2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d={ICON_PATHS[phase]} />
        </svg>
        {label}
      </p>
      {(phase === "listening" || phase === "speaking") && (
        <LevelMeter level={level} label={t("controls.level")} className="w-20 shrink" active={hearing} />
      )}
    </div>
  );
}
