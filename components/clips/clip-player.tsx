"use client";

// Plays the clip of a quote: its recording from a few seconds before to a few seconds after the
// moment (lib/sharing/clip-window.ts). Nothing is fetched until "Play clip" is pressed, and the
// props are a few ids and numbers, so a page of signal cards stays light.
//
// A segment (an audio span of ~60 s, or a screen run) is served whole, because only its first chunk
// carries the WebM header; the element is asked for the window with a `#t=start,end` media fragment
// and this component also seeks to the start and pauses at the end itself, since a recorder's WebM
// often has no index and browsers honour fragments on such files unevenly. The screen, when there
// is one, follows the audio muted.
import { type SyntheticEvent, useRef, useState } from "react";
import { api } from "@/components/api-client";
import { formatClock } from "@/components/sessions/format";
import { type ClipWindow, clipFragment, clipWindow } from "@/lib/sharing/clip-window";
import type { MediaSegment } from "@/lib/sessions/media-segments";

type Part = Pick<ClipWindow, "startSec" | "endSec"> & { url: string };
type Loaded = { audio: Part | null; screen: Part | null };

export type ClipSource =
  /** a share link's page: the windows are computed on the server, the URLs carry the link's token */
  | { kind: "shared"; audio: Part | null; screen: Part | null }
  /** the dashboard: the session's segments are listed (authenticated) on the first click */
  | { kind: "session"; projectId: string; sessionId: string }
  /** the session page, which has the segments (with their URLs) already */
  | { kind: "segments"; audio: readonly SegmentWithUrl[]; screen: readonly SegmentWithUrl[] };

type SegmentWithUrl = Pick<MediaSegment, "index" | "mimeType" | "startMs" | "durationMs"> & { url: string };

function windowIn(segments: readonly SegmentWithUrl[], momentMs: number): Part | null {
  const w = clipWindow(segments, momentMs);
  const segment = w && segments.find((s) => s.index === w.index);
  return w && segment ? { url: segment.url, startSec: w.startSec, endSec: w.endSec } : null;
}

async function loadSessionClip(projectId: string, sessionId: string, momentMs: number): Promise<Loaded> {
  const base = `/api/v1/projects/${encodeURIComponent(projectId)}/sessions/${encodeURIComponent(sessionId)}/media`;
  const part = async (kind: "audio" | "screen"): Promise<Part | null> => {
    const { segments } = await api<{ segments: SegmentWithUrl[] }>(`${base}/${kind}`);
    return windowIn(segments, momentMs);
  };
  return { audio: await part("audio"), screen: await part("screen") };
}

export function ClipPlayer({ source, momentMs, label }: { source: ClipSource; momentMs: number; label?: string }) {
  const [clip, setClip] = useState<Loaded | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "none" | "error">("idle");
  const video = useRef<HTMLVideoElement | null>(null);

  async function open() {
    setState("loading");
    try {
      const loaded =
        source.kind === "shared"
          ? { audio: source.audio, screen: source.screen }
          : source.kind === "segments"
            ? { audio: windowIn(source.audio, momentMs), screen: windowIn(source.screen, momentMs) }
            : await loadSessionClip(source.projectId, source.sessionId, momentMs);
      if (!loaded.audio && !loaded.screen) return setState("none");
      setClip(loaded);
      setState("idle");
    } catch {
      setState("error");
    }
  }

  if (!clip) {
    // a bare text button (few classes: it is on every card of the signals explorer, whose HTML is budgeted), 24 px tall to tap
    return (
      <>
        <button
          type="button"
          onClick={open}
          disabled={state === "loading"}
          className="min-h-6 font-medium text-indigo-700 hover:underline"
          data-testid="play-clip"
        >
          {label ?? "▶ Listen to clip"}
        </button>
        {state === "none" && <span className="text-xs text-zinc-500">No recording here</span>}
        {state === "error" && (
          <span className="text-xs text-red-700" role="alert">
            Could not load the clip
          </span>
        )}
      </>
    );
  }

  const main = clip.audio ?? clip.screen!;
  const follower = clip.audio ? clip.screen : null;
  // the follower's position for the main element's: both windows start `CLIP_BEFORE_MS` before the same moment
  const sync = (el: HTMLMediaElement) => {
    const v = video.current;
    if (!v || !follower) return;
    const target = follower.startSec + (el.currentTime - main.startSec);
    if (Math.abs(v.currentTime - target) > 0.8) v.currentTime = Math.max(0, target);
  };
  const handlers = {
    onLoadedMetadata: (e: SyntheticEvent<HTMLMediaElement>) => {
      e.currentTarget.currentTime = main.startSec;
      void e.currentTarget.play().catch(() => undefined);
    },
    onTimeUpdate: (e: SyntheticEvent<HTMLMediaElement>) => {
      const el = e.currentTarget;
      if (el.currentTime >= main.endSec) {
        el.pause();
        el.currentTime = main.endSec;
      }
      sync(el);
    },
    onPlay: (e: SyntheticEvent<HTMLMediaElement>) => {
      const el = e.currentTarget;
      // played to the end of the clip: play it again from its start
      if (el.currentTime >= main.endSec - 0.05) el.currentTime = main.startSec;
      sync(el);
      if (follower) void video.current?.play().catch(() => undefined);
    },
    onPause: () => video.current?.pause(),
  };
  const range = formatClock(momentMs);

  return (
    <div className="basis-full space-y-2" data-testid="clip">
      {clip.screen && (
        <video
          ref={video}
          src={clip.screen.url + clipFragment(clip.screen)}
          muted
          playsInline
          preload="metadata"
          controls={!clip.audio}
          aria-label={`Screen recording around ${range}`}
          className="aspect-video w-full max-w-xl rounded-md border border-zinc-200 bg-zinc-900"
          data-testid="clip-screen"
          {...(clip.audio ? {} : handlers)}
        />
      )}
      {clip.audio && (
        <audio
          src={clip.audio.url + clipFragment(clip.audio)}
          controls
          preload="metadata"
          aria-label={`Audio around ${range}`}
          className="h-9 w-full max-w-xl"
          data-testid="clip-audio"
          {...handlers}
        />
      )}
    </div>
  );
}
