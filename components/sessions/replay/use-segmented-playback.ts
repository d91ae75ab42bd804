"use client";

// Plays a recording made of segments as one continuous clock: a single media element loads the
// segment that covers the requested moment, seeks inside it, and moves on to the next segment when
// one ends. A segment is an audio span (~60 s: one recorder run, its timeslices served joined by the
// API; ADR 010) or a self-contained chunk (screen, older audio). Segments cannot be concatenated
// into one file: each recorder run has its own header.
import { type SyntheticEvent, useCallback, useEffect, useRef, useState } from "react";
import { segmentAt } from "@/lib/sessions/media-segments";
import type { ReplaySegment } from "./types";

export function useSegmentedPlayback(segments: readonly ReplaySegment[], options: { initialMs: number; totalMs: number }) {
  const { totalMs } = options;
  const element = useRef<HTMLMediaElement | null>(null);
  const loaded = useRef<number | null>(null); // position in `segments` of the file in the element
  const pendingSeekMs = useRef<number | null>(null);
  const wantPlay = useRef(false);
  const rateRef = useRef(1);
  const [currentMs, setCurrentMs] = useState(options.initialMs);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const [error, setError] = useState<string | null>(null);

  /** Puts segment `pos` in the element, to start `offsetMs` into it. */
  const load = useCallback(
    (pos: number, offsetMs: number, play: boolean) => {
      const el = element.current;
      if (!el) return;
      loaded.current = pos;
      pendingSeekMs.current = offsetMs;
      wantPlay.current = play;
      el.src = segments[pos].url;
      el.defaultPlaybackRate = rateRef.current;
      el.load();
    },
    [segments],
  );

  /** Moves the element to `ms` on the session clock (without touching React state). */
  const position = useCallback(
    (ms: number, play: boolean) => {
      const el = element.current;
      if (!el || segments.length === 0) return;
      const seg = segmentAt(segments, ms);
      if (!seg) {
        el.pause();
        wantPlay.current = false;
        return;
      }
      const pos = segments.indexOf(seg);
      const offset = Math.max(0, ms - seg.startMs);
      if (loaded.current === pos && el.readyState >= 1) {
        el.currentTime = offset / 1000;
        if (play && el.paused) void el.play().catch(() => setPlaying(false));
      } else load(pos, offset, play);
    },
    [segments, load],
  );

  // prepare the segment at the starting moment (a link to a moment opens the page there)
  useEffect(() => {
    position(options.initialMs, false);
    // only once, for the first render's segments
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const seek = useCallback(
    (ms: number) => {
      const target = Math.min(Math.max(0, ms), totalMs);
      setCurrentMs(target);
      position(target, wantPlay.current);
    },
    [position, totalMs],
  );

  const toggle = useCallback(() => {
    const el = element.current;
    if (!el || segments.length === 0) return;
    setError(null);
    if (!el.paused || wantPlay.current) {
      wantPlay.current = false;
      el.pause();
      setPlaying(false);
      return;
    }
    const last = segments[segments.length - 1];
    const from = currentMs >= last.startMs + last.durationMs - 50 ? segments[0].startMs : currentMs;
    if (from !== currentMs) setCurrentMs(from);
    wantPlay.current = true;
    position(from, true);
  }, [segments, currentMs, position]);

  const setRate = useCallback((value: number) => {
    rateRef.current = value;
    setRateState(value);
    if (element.current) element.current.playbackRate = value;
  }, []);

  const mediaProps = {
    ref: (el: HTMLMediaElement | null) => {
      element.current = el;
    },
    preload: "metadata" as const,
    onLoadedMetadata: (e: SyntheticEvent<HTMLMediaElement>) => {
      const el = e.currentTarget;
      el.playbackRate = rateRef.current;
      if (pendingSeekMs.current !== null) {
        el.currentTime = pendingSeekMs.current / 1000;
        pendingSeekMs.current = null;
      }
      if (wantPlay.current) void el.play().catch(() => setPlaying(false));
    },
    onTimeUpdate: (e: SyntheticEvent<HTMLMediaElement>) => {
      const pos = loaded.current;
      if (pos === null || pendingSeekMs.current !== null) return;
      setCurrentMs(Math.min(totalMs, segments[pos].startMs + e.currentTarget.currentTime * 1000));
    },
    onPlay: () => setPlaying(true),
    onPause: () => {
      // switching to the next segment pauses the element for a moment: not a pause for the person
      if (!wantPlay.current) setPlaying(false);
    },
    onEnded: () => {
      const pos = loaded.current;
      if (pos !== null && pos + 1 < segments.length) {
        setCurrentMs(segments[pos + 1].startMs);
        load(pos + 1, 0, true);
      } else {
        wantPlay.current = false;
        setPlaying(false);
      }
    },
    onError: () => {
      wantPlay.current = false;
      setPlaying(false);
      setError("This part of the recording could not be loaded.");
    },
  };

  return { mediaProps, currentMs, playing, seek, toggle, rate, setRate, error, hasMedia: segments.length > 0 };
}

/**
 * Keeps a second recording (the screen, muted) at the same moment as the main clock: it loads the
 * segment covering `currentMs`, corrects drift beyond 0.8 s, and plays or pauses with the clock.
 */
export function useFollower(segments: readonly ReplaySegment[], currentMs: number, playing: boolean) {
  const element = useRef<HTMLVideoElement | null>(null);
  const loaded = useRef<number | null>(null);
  const pendingSeekMs = useRef<number | null>(null);
  const seg = segmentAt(segments, currentMs);
  const covered = !!seg && seg.startMs <= currentMs;

  useEffect(() => {
    const el = element.current;
    if (!el || !seg) return;
    const pos = segments.indexOf(seg);
    const offset = Math.max(0, currentMs - seg.startMs);
    if (loaded.current !== pos) {
      loaded.current = pos;
      pendingSeekMs.current = offset;
      el.src = seg.url;
      el.load();
      return;
    }
    if (el.readyState >= 1 && Math.abs(el.currentTime * 1000 - offset) > 800) el.currentTime = offset / 1000;
    if (playing && covered && el.paused) void el.play().catch(() => {});
    if ((!playing || !covered) && !el.paused) el.pause();
  }, [segments, seg, currentMs, playing, covered]);

  const videoProps = {
    ref: (el: HTMLVideoElement | null) => {
      element.current = el;
    },
    muted: true,
    playsInline: true,
    preload: "metadata" as const,
    onLoadedMetadata: (e: SyntheticEvent<HTMLVideoElement>) => {
      if (pendingSeekMs.current !== null) e.currentTarget.currentTime = pendingSeekMs.current / 1000;
      pendingSeekMs.current = null;
      if (playing) void e.currentTarget.play().catch(() => {});
    },
  };
  return { videoProps, covered };
}
