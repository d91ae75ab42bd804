// Where each recorded segment sits on the session's clock. The SDK records self-contained segments
// (each its own file with headers), so a recording is played segment by segment rather than as one
// concatenated file; this places them. Pure.

export interface MediaChunkRow {
  chunkIndex: number;
  mimeType: string;
  sizeBytes: number;
  startOffsetMs: number | null;
  durationMs: number | null;
}

export interface MediaSegment {
  index: number;
  mimeType: string;
  sizeBytes: number;
  /** ms since the session started */
  startMs: number;
  durationMs: number;
}

/** The SDK's segment length, assumed when a chunk does not say how long it is. */
export const DEFAULT_SEGMENT_MS = 5_000;

/** Segments in time order; a chunk without a start offset follows the previous one. */
export function placeSegments(chunks: readonly MediaChunkRow[]): MediaSegment[] {
  const sorted = [...chunks].sort((a, b) => a.chunkIndex - b.chunkIndex);
  let nextStart = 0;
  const segments = sorted.map((c) => {
    const startMs = c.startOffsetMs ?? nextStart;
    const durationMs = c.durationMs && c.durationMs > 0 ? c.durationMs : DEFAULT_SEGMENT_MS;
    nextStart = startMs + durationMs;
    return { index: c.chunkIndex, mimeType: c.mimeType, sizeBytes: c.sizeBytes, startMs, durationMs };
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
