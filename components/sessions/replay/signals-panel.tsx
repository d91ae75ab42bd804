"use client";

import { memo } from "react";
import { ClipPlayer } from "@/components/clips/clip-player";
import { QuoteTranslation, quoteAttributes } from "@/components/languages/quote-translation";
import { cx } from "@/components/ui/cx";
import { SignalTypeBadge } from "@/components/signals/signal-type-badge";
import { formatClock } from "../format";
import type { ReplaySegment, ReplaySignal } from "./types";

/**
 * The session's signals in time order; choosing one moves the player to its moment. Each also plays
 * its clip on its own (the few seconds around the moment), as everywhere a signal is shown.
 */
export const SignalsPanel = memo(function SignalsPanel({
  signals,
  activeSignalId,
  onSeek,
  media,
}: {
  signals: readonly ReplaySignal[];
  activeSignalId: string | null;
  onSeek: (ms: number) => void;
  media?: { audio: readonly ReplaySegment[]; screen: readonly ReplaySegment[] };
}) {
  if (signals.length === 0) return <p className="px-5 py-8 text-center text-[13px] text-zinc-500">No signals from this session yet.</p>;
  return (
    <ul className="divide-y divide-zinc-100" aria-label="Signals in this session">
      {signals.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            disabled={s.offsetMs === null}
            onClick={() => s.offsetMs !== null && onSeek(s.offsetMs)}
            aria-current={activeSignalId === s.id ? "true" : undefined}
            data-testid="session-signal"
            className={cx(
              "block w-full space-y-1.5 px-5 py-3 text-left transition-colors focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-default",
              activeSignalId === s.id ? "bg-indigo-50/70" : "hover:bg-zinc-50",
            )}
          >
            <span className="flex items-center justify-between gap-2">
              <SignalTypeBadge type={s.type} />
              <span className="font-mono text-xs text-zinc-500 tabular-nums">{s.offsetMs === null ? "—" : formatClock(s.offsetMs)}</span>
            </span>
            <span {...quoteAttributes(s.language)} className="block text-[13px] leading-relaxed text-zinc-800">
              “{s.quote}”
            </span>
            <QuoteTranslation inline translation={s.translation} language={s.language} className="text-xs" />
            <span className="flex flex-wrap gap-x-3 text-xs text-zinc-500">
              <span>Intensity {Math.round(s.intensity * 100)}%</span>
              <span>Confidence {Math.round(s.confidence * 100)}%</span>
              {s.tasks.length > 0 && <span className="truncate">→ {s.tasks.map((t) => t.title).join(", ")}</span>}
            </span>
          </button>
          {media && s.offsetMs !== null && (media.audio.length > 0 || media.screen.length > 0) && (
            <div className="px-5 pb-3 text-[13px]">
              <ClipPlayer source={{ kind: "segments", audio: media.audio, screen: media.screen }} momentMs={s.offsetMs} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
});
