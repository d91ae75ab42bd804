"use client";

import Link from "next/link";
import { type ReactNode, useMemo } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { formatDate } from "@/components/ui/format";
import { formatClock } from "../format";
import { EventsPanel } from "./events-panel";
import { SignalsPanel } from "./signals-panel";
import { TimelineTrack } from "./timeline-track";
import { TranscriptPanel } from "./transcript-panel";
import { lastAtOrBefore, type ReplayData } from "./types";
import { useFollower, useSegmentedPlayback } from "./use-segmented-playback";

const RATES = [1, 1.25, 1.5, 2];

function Icon({ d, className }: { d: string; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" className={cx("size-4", className)} fill="currentColor" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}
const PLAY = "M6.3 3.2A1 1 0 0 0 4.8 4v12a1 1 0 0 0 1.5.8l9.6-6a1 1 0 0 0 0-1.7l-9.6-6Z";
const PAUSE = "M5.5 3.5h3v13h-3zM11.5 3.5h3v13h-3z";

/**
 * The session replay: one clock shared by the audio (or, without audio, the screen recording),
 * the screen video, the timeline with signals and events, the transcript and the lists beside
 * them. Everything that shows a moment can be clicked to go there.
 */
export function SessionReplay({ data, aside, signalsHref }: { data: ReplayData; aside?: ReactNode; signalsHref?: string }) {
  const master = data.audio.length ? data.audio : data.screen;
  const masterIsScreen = data.audio.length === 0 && data.screen.length > 0;
  const player = useSegmentedPlayback(master, { initialMs: data.initialMs, totalMs: data.totalMs });
  const { currentMs, playing, seek } = player;
  const follower = useFollower(masterIsScreen ? [] : data.screen, currentMs, playing);

  const activeLine = lastAtOrBefore(data.lines, currentMs);
  const timedSignals = useMemo(
    () => data.signals.filter((s) => s.offsetMs !== null).sort((a, b) => a.offsetMs! - b.offsetMs!),
    [data.signals],
  );
  // a signal is "current" for the 5 s after its moment, so choosing one visibly selects it
  const activeSignal = timedSignals[lastAtOrBefore(timedSignals, currentMs)];
  const activeSignalId = activeSignal && currentMs - activeSignal.offsetMs! < 5_000 ? activeSignal.id : null;
  const hasScreen = data.screen.length > 0;

  return (
    <div
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_360px]"
      onKeyDown={(e) => {
        // media-player keys while focus is anywhere in the replay (not while typing or choosing)
        const target = e.target as HTMLElement;
        if (e.altKey || e.ctrlKey || e.metaKey || target.closest("input:not([type=range]), select, textarea")) return;
        const key = e.key.toLowerCase();
        if (key === "k") player.toggle();
        else if (key === "j") seek(currentMs - 10_000);
        else if (key === "l") seek(currentMs + 10_000);
        else return;
        e.preventDefault();
      }}
    >
      <div className="min-w-0 space-y-6">
        <Card aria-label="Recording" data-testid="player" data-current-ms={Math.round(currentMs)} data-playing={playing ? "true" : "false"}>
          {hasScreen && (
            <div className="relative aspect-video overflow-hidden rounded-t-lg bg-zinc-950">
              {masterIsScreen ? (
                <video {...player.mediaProps} playsInline className="size-full object-contain" aria-label="Screen recording" />
              ) : (
                <video {...follower.videoProps} className="size-full object-contain" aria-label="Screen recording" />
              )}
              {!masterIsScreen && !follower.covered && (
                <p className="absolute inset-0 grid place-items-center text-[13px] text-zinc-400">No screen recording at this moment</p>
              )}
            </div>
          )}
          {!masterIsScreen && data.audio.length > 0 && <audio {...player.mediaProps} className="hidden" data-testid="session-audio" />}
          {data.recordingRemovedAt && (
            <p className="border-b border-zinc-100 px-5 py-3 text-[13px] text-zinc-600" data-testid="recording-removed">
              Recording removed by the retention policy on {formatDate(data.recordingRemovedAt)}; the transcript and signals are kept.
            </p>
          )}
          <div className="space-y-3 px-5 py-4">
            <div className="flex flex-wrap items-center gap-2">
              <button
                type="button"
                onClick={() => seek(currentMs - 10_000)}
                className="grid size-8 place-items-center rounded-md text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
                aria-label="Back 10 seconds"
              >
                <span className="text-[11px] font-semibold">−10</span>
              </button>
              <button
                type="button"
                onClick={player.toggle}
                disabled={!player.hasMedia}
                className="grid size-10 place-items-center rounded-full bg-zinc-900 text-white shadow-sm hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-40"
                aria-label={playing ? "Pause" : "Play"}
                aria-keyshortcuts="K"
              >
                <Icon d={playing ? PAUSE : PLAY} className={playing ? undefined : "translate-x-px"} />
              </button>
              <button
                type="button"
                onClick={() => seek(currentMs + 10_000)}
                className="grid size-8 place-items-center rounded-md text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
                aria-label="Forward 10 seconds"
              >
                <span className="text-[11px] font-semibold">+10</span>
              </button>
              <p className="ml-1 font-mono text-[13px] text-zinc-700 tabular-nums" aria-live="off" data-testid="player-time">
                {formatClock(currentMs)} <span className="text-zinc-500">/ {formatClock(data.totalMs)}</span>
              </p>
              <div className="ml-auto flex items-center gap-3">
                {!player.hasMedia && (
                  <span className="text-xs text-zinc-500">No audio or screen was recorded; the timeline still moves the transcript.</span>
                )}
                {player.hasMedia && (
                  <span className="hidden text-xs text-zinc-500 xl:inline" aria-hidden="true">
                    K play · J/L ±10 s
                  </span>
                )}
                {player.hasMedia && (
                  <label className="flex items-center gap-1.5 text-xs text-zinc-500">
                    Speed
                    <select
                      value={player.rate}
                      onChange={(e) => player.setRate(Number(e.currentTarget.value))}
                      className="h-7 rounded-md border border-zinc-300 bg-white px-1.5 text-xs text-zinc-800 focus:outline-2 focus:outline-indigo-600"
                    >
                      {RATES.map((r) => (
                        <option key={r} value={r}>
                          {r}×
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
            </div>
            {player.error && (
              <p role="alert" className="text-xs text-red-600">
                {player.error}
              </p>
            )}
            <TimelineTrack
              totalMs={data.totalMs}
              currentMs={currentMs}
              recorded={master}
              ticks={data.eventTicks}
              signals={timedSignals}
              activeSignalId={activeSignalId}
              onSeek={seek}
            />
          </div>
        </Card>

        <Card aria-labelledby="transcript-title">
          <CardHeader id="transcript-title" title="Transcript" description="Click a line to hear that moment." />
          <TranscriptPanel lines={data.lines} activeIndex={activeLine} follow={playing} onSeek={seek} />
        </Card>

        <Card aria-labelledby="events-title">
          <CardHeader
            id="events-title"
            title="Behaviour"
            description={`${data.events.total.toLocaleString("en-US")} events: clicks, pages, errors and markers from the recording snippet.`}
          />
          <EventsPanel source={data.events} currentMs={currentMs} onSeek={seek} />
        </Card>
      </div>

      <div className="min-w-0 space-y-6">
        <Card aria-labelledby="signals-title">
          <CardHeader
            id="signals-title"
            title="Signals"
            description={data.signals.length ? "Evidence found in this session. Click one to jump to it." : undefined}
          />
          <SignalsPanel signals={data.signals} activeSignalId={activeSignalId} onSeek={seek} media={data} />
          {signalsHref && data.signals.length > 0 && (
            <div className="border-t border-zinc-100 px-5 py-2.5">
              <Link href={signalsHref} className="text-[13px] font-medium text-indigo-700 hover:underline">
                Open in the signals explorer →
              </Link>
            </div>
          )}
        </Card>
        {aside}
      </div>
    </div>
  );
}
