"use client";

import { memo, useEffect, useRef } from "react";
import { cx } from "@/components/ui/cx";
import { formatClock } from "../format";
import type { TranscriptLine } from "./types";

const SPEAKER: Record<TranscriptLine["speaker"], string> = { participant: "Participant", interviewer: "Interviewer", system: "System" };

/**
 * The conversation in time order. The line being heard is highlighted (aria-current) and kept in
 * view while playing; each line is a button that moves the player to it.
 */
export const TranscriptPanel = memo(function TranscriptPanel({
  lines,
  activeIndex,
  follow,
  onSeek,
}: {
  lines: readonly TranscriptLine[];
  activeIndex: number;
  follow: boolean;
  onSeek: (ms: number) => void;
}) {
  const container = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const list = container.current;
    if (!follow || !list || activeIndex < 0) return;
    const item = list.children[activeIndex] as HTMLElement | undefined;
    if (!item) return;
    // scroll the transcript box only, never the page the person is reading
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTo({ top: Math.max(0, top - list.clientHeight / 3), behavior: "smooth" });
    }
  }, [activeIndex, follow]);

  if (lines.length === 0) {
    return <p className="px-5 py-10 text-center text-[13px] text-zinc-500">No transcript: nothing was said or typed in this session.</p>;
  }
  return (
    <ol ref={container} aria-label="Transcript" className="relative max-h-[520px] space-y-1 overflow-y-auto px-3 py-3">
      {lines.map((line, i) => {
        const active = i === activeIndex;
        const participant = line.speaker === "participant";
        return (
          <li key={line.id}>
            <button
              type="button"
              onClick={() => onSeek(line.offsetMs)}
              aria-current={active ? "true" : undefined}
              data-testid="transcript-line"
              className={cx(
                "group flex w-full gap-3 rounded-md px-2.5 py-2 text-left transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600",
                active ? "bg-indigo-50 ring-1 ring-indigo-200" : "hover:bg-zinc-50",
              )}
            >
              <span
                className={cx(
                  "w-12 shrink-0 pt-0.5 font-mono text-xs tabular-nums",
                  active ? "text-indigo-700" : "text-zinc-500 group-hover:text-zinc-600",
                )}
              >
                {formatClock(line.offsetMs)}
              </span>
              <span className="min-w-0 flex-1">
                <span className={cx("block text-xs font-medium", participant ? "text-zinc-900" : "text-zinc-600")}>
                  {SPEAKER[line.speaker]}
                  {line.kind === "speech" && <span className="ml-1.5 font-normal text-zinc-600">· spoken</span>}
                </span>
                <span className={cx("block text-[13px] leading-relaxed", participant ? "text-zinc-800" : "text-zinc-600")}>
                  {line.text}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
});
