// What the session page hands to the replay (plain, serializable data; offsets are ms since the session started).
import type { SignalType } from "@/generated/prisma/enums";

export interface ReplaySegment {
  index: number;
  startMs: number;
  durationMs: number;
  mimeType: string;
  url: string;
}

export interface TranscriptLine {
  id: string;
  offsetMs: number;
  speaker: "participant" | "interviewer" | "system";
  /** typed in the chat, or spoken (transcribed audio) */
  kind: "message" | "speech";
  text: string;
}

export interface ReplayEvent {
  id: string;
  offsetMs: number;
  type: string;
  label: string;
  /** the raw selector behind the label, shown on hover/focus */
  detail?: string | null;
  url: string | null;
}

export interface ReplaySignal {
  id: string;
  offsetMs: number | null;
  type: SignalType;
  quote: string;
  language: string | null;
  translation: string | null;
  context: string | null;
  intensity: number;
  confidence: number;
  tasks: { id: string; title: string }[];
}

/**
 * The track's event ticks as positions in thousandths of the clock (0–1000), grouped by how they
 * are drawn: a few events, many (> 5) in that slice, or one of them an error. Plain numbers, not
 * one object per slice: the busiest sessions have 240 slices, and this rides in the page.
 */
export interface EventTicks {
  light: number[];
  dense: number[];
  error: number[];
}

export interface ReplayData {
  totalMs: number;
  audio: ReplaySegment[];
  screen: ReplaySegment[];
  lines: TranscriptLine[];
  /** the first page of behaviour events; the panel loads the rest from `eventsUrl` */
  events: { first: ReplayEvent[]; nextCursor: string | null; total: number; url: string };
  /** where events fall on the timeline, for the track's ticks */
  eventTicks: EventTicks;
  signals: ReplaySignal[];
  initialMs: number;
  /** when the retention policy deleted the recording's files (the transcript stays); null: not removed */
  recordingRemovedAt?: string | null;
}

/** The last item at or before `ms` in a list sorted by offset (binary search), or -1. */
export function lastAtOrBefore(items: readonly { offsetMs: number | null }[], ms: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid].offsetMs ?? 0) <= ms) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
