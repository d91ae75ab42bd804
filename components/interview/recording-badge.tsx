"use client";
// What is being recorded right now, always visible in the room.
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import type { RecordingStatus } from "./use-recorder";

/** `spoken`: a voice conversation, where "text only" would be wrong — it is spoken, just not stored. */
export function RecordingBadge({ status, onResume, spoken = false }: { status: RecordingStatus; onResume: () => void; spoken?: boolean }) {
  const t = useTranslations("participant.badge");
  const tRecorder = useTranslations("participant.recorder");
  const pill = "inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium";
  const resume = (
    <button
      type="button"
      onClick={onResume}
      className="rounded-full border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand)"
    >
      {t("resume")}
    </button>
  );
  let content;
  switch (status.kind) {
    case "recording":
      content = (
        <span className={cx(pill, "bg-red-50 text-red-800")}>
          <span className="relative flex size-2.5" aria-hidden="true">
            <span className="absolute inline-flex size-full animate-ping rounded-full bg-red-400 opacity-60 motion-reduce:animate-none" />
            <span className="relative inline-flex size-2.5 rounded-full bg-red-600" />
          </span>
          {t("recording", { screen: status.screen ? "yes" : "no" })}
        </span>
      );
      break;
    case "off":
      content = <span className={cx(pill, "bg-zinc-100 text-zinc-700")}>{t(spoken ? "offSpoken" : "off")}</span>;
      break;
    case "unavailable":
      content = (
        <span className={cx(pill, "bg-zinc-100 text-zinc-700")} title={tRecorder(status.problem)}>
          {t(spoken ? "unavailableSpoken" : "unavailable")}
        </span>
      );
      break;
    case "loading":
    case "starting":
      content = <span className={cx(pill, "bg-zinc-100 text-zinc-600")}>{t("preparing")}</span>;
      break;
    case "failed":
      content = (
        <span className="flex flex-wrap items-center justify-end gap-2">
          <span className={cx(pill, "bg-amber-50 text-amber-800")} title={tRecorder(status.problem)}>
            {t("notRecording")}
          </span>
          {resume}
        </span>
      );
      break;
    case "ready":
    case "paused":
    case "stopped":
      content = (
        <span className="flex flex-wrap items-center justify-end gap-2">
          <span className={cx(pill, "bg-zinc-100 text-zinc-700")}>{t("paused")}</span>
          {resume}
        </span>
      );
      break;
  }
  return (
    <div role="status" aria-live="polite" data-testid="recording-status" data-state={status.kind}>
      {content}
    </div>
  );
}
