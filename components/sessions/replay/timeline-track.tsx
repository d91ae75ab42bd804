"use client";

import { cx } from "@/components/ui/cx";
import { SIGNAL_TYPE_STYLES } from "@/components/signals/signal-types";
import { SIGNAL_TYPE_LABELS } from "@/lib/signals/signal-types";
import { formatClock } from "../format";
import type { ReplayData, ReplaySegment, ReplaySignal } from "./types";

// drawn in this order, so an error's red tick is on top
const TICK_STYLES = [
  ["light", "stroke-zinc-400"],
  ["dense", "stroke-zinc-600"],
  ["error", "stroke-red-500"],
] as const;

/**
 * The session on one line: recorded stretches, behaviour events as ticks (darker where dense, red for errors), signals as coloured
 * markers (buttons that seek), the playhead, and a range input that is the keyboard scrubber.
 */
export function TimelineTrack({
  totalMs,
  currentMs,
  recorded,
  ticks,
  signals,
  activeSignalId,
  onSeek,
}: {
  totalMs: number;
  currentMs: number;
  recorded: readonly ReplaySegment[];
  ticks: ReplayData["eventTicks"];
  signals: readonly ReplaySignal[];
  activeSignalId: string | null;
  onSeek: (ms: number) => void;
}) {
  const pct = (ms: number) => `${totalMs > 0 ? Math.min(100, Math.max(0, (ms / totalMs) * 100)) : 0}%`;
  return (
    <div className="space-y-1.5">
      <div className="relative h-6" aria-label="Signals on the timeline" role="group">
        {signals.map((s) =>
          s.offsetMs === null ? null : (
            <button
              key={s.id}
              type="button"
              onClick={() => onSeek(s.offsetMs!)}
              title={`${SIGNAL_TYPE_LABELS[s.type]} at ${formatClock(s.offsetMs)}: “${s.quote}”`}
              aria-label={`${SIGNAL_TYPE_LABELS[s.type]} at ${formatClock(s.offsetMs)}`}
              data-testid="timeline-signal"
              // a 24 px target around the 16 px dot, so a finger can hit it on a phone
              className="group absolute top-0 grid size-6 -translate-x-1/2 place-items-center rounded-full focus-visible:outline-2 focus-visible:outline-indigo-600"
              style={{ left: pct(s.offsetMs) }}
            >
              <span
                aria-hidden="true"
                className={cx(
                  "size-4 rounded-full border-2 border-white shadow-sm transition-transform group-hover:scale-125",
                  SIGNAL_TYPE_STYLES[s.type].dot,
                  activeSignalId === s.id && "scale-125 ring-2 ring-indigo-400",
                )}
              />
            </button>
          ),
        )}
      </div>
      <div className="relative h-8">
        <div className="absolute inset-x-0 top-3 h-2 rounded-full bg-zinc-100" aria-hidden="true">
          {recorded.map((r) => (
            <div
              key={r.index}
              className="absolute inset-y-0 rounded-full bg-zinc-300"
              style={{ left: pct(r.startMs), width: `calc(${pct(r.durationMs)} + 1px)` }}
            />
          ))}
          <div className="absolute inset-y-0 left-0 rounded-full bg-indigo-500/80" style={{ width: pct(currentMs) }} />
        </div>
        {/* one path per tick style, not an element per slice: a busy session has 240 slices */}
        <svg
          className="pointer-events-none absolute inset-x-0 top-1 h-1.5 w-full overflow-visible"
          viewBox="0 0 1000 1"
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          {TICK_STYLES.map(([kind, stroke]) =>
            ticks[kind].length ? (
              <path
                key={kind}
                d={ticks[kind].map((x) => `M${x} 0v1`).join("")}
                className={stroke}
                strokeWidth={1}
                vectorEffect="non-scaling-stroke"
              />
            ) : null,
          )}
        </svg>
        <div
          className="pointer-events-none absolute top-1.5 h-5 w-0.5 -translate-x-1/2 rounded bg-indigo-700"
          style={{ left: pct(currentMs) }}
          aria-hidden="true"
        />
        <input
          type="range"
          min={0}
          max={Math.max(1, Math.round(totalMs))}
          step={1000}
          value={Math.round(currentMs)}
          onChange={(e) => onSeek(Number(e.currentTarget.value))}
          aria-label="Position in the session"
          aria-valuetext={`${formatClock(currentMs)} of ${formatClock(totalMs)}`}
          className="absolute inset-x-0 top-0 h-8 w-full cursor-pointer appearance-none bg-transparent opacity-0 focus-visible:opacity-100 [&::-webkit-slider-thumb]:size-3 [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:bg-indigo-700"
        />
      </div>
      <div className="flex justify-between font-mono text-[11px] text-zinc-500 tabular-nums" aria-hidden="true">
        <span>0:00</span>
        <span>{formatClock(totalMs / 2)}</span>
        <span>{formatClock(totalMs)}</span>
      </div>
    </div>
  );
}
