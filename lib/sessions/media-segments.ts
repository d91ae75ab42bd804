// Where each recorded segment sits on the session's clock. A segment is one playable file: an audio
// span (a recorder run's timeslices, served joined: ADR 010) or a self-contained chunk (screen, and
// audio from older SDKs). A recording is played segment by segment rather than as one concatenated
// file, because each segment has its own headers; this places them. Pure.
import { groupSpans, hasStart, spanDurationMs } from "@/lib/sessions/audio-spans";

export interface MediaChunkRow {
  chunkIndex: number;
  mimeType: string;
  sizeBytes: number;
  startOffsetMs: number | null;
  durationMs: number | null;
  /** audio span membership (null or absent: a self-contained chunk) */
  spanStartIndex?: number | null;
}

export interface MediaSegment {
  index: number;
  mimeType: string;
  sizeBytes: number;
  /** ms since the session started */
  startMs: number;
  durationMs: number;
}

/**
 * Segments in time order, one per span (its index is the span's first chunk, where it is served);
 * a segment without a start offset follows the previous one. A span whose first chunk is missing
 * cannot be decoded and is left out.
 */
export function placeSegments(chunks: readonly MediaChunkRow[]): MediaSegment[] {
  const spans = groupSpans(chunks.map((c) => ({ ...c, spanStartIndex: c.spanStartIndex ?? null }))).filter(hasStart);
  let nextStart = 0;
  const segments = spans.map((span) => {
    const first = span.chunks[0];
    const startMs = first.startOffsetMs ?? nextStart;
    const durationMs = spanDurationMs(span);
    nextStart = startMs + durationMs;
    return {
      index: span.startIndex,
      mimeType: first.mimeType,
      sizeBytes: span.chunks.reduce((n, c) => n + c.sizeBytes, 0),
      startMs,
      durationMs,
    };
  });
  return segments.sort((a, b) => a.startMs - b.startMs || a.index - b.index);
}

/** The segment playing at `ms` (or the next one when `ms` falls in a gap), or null after the end. */
export function segmentAt<S extends { startMs: number; durationMs: number }>(segments: readonly S[], ms: number): S | null {
  for (const s of segments) if (ms < s.startMs + s.durationMs) return s;
  return null;
}

/** Where the API serves a session's segments of one kind (…/media/:kind/:index). */
export function mediaBasePath(projectId: string, sessionId: string, kind: "audio" | "screen"): string {
  return `/api/v1/projects/${encodeURIComponent(projectId)}/sessions/${encodeURIComponent(sessionId)}/media/${kind}`;
}
