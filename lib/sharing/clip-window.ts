// The clip of a moment: from a few seconds before to a few seconds after it, inside the one
// recorded segment that covers the moment. Pure (the dashboard's player and the shared page's
// server code both use it).
//
// Why one segment and a time window rather than cut bytes: a segment is an audio span (one recorder
// run of ~60 s whose 5 s timeslices only make a decodable file together, ADR 010) or a
// self-contained screen run; only its first chunk carries the WebM header, and WebM cannot be cut by
// time without demuxing. So the segment is served whole (with Range support) and the player plays
// the window: a `#t=start,end` media fragment, plus a client-side stop at `end` (ClipPlayer). A clip
// near a segment's edge is shortened to the segment rather than stitched across two files.
import { segmentAt } from "@/lib/sessions/media-segments";

/** Lead-in before the moment: the question or the start of the sentence. */
export const CLIP_BEFORE_MS = 5_000;
/** After the moment: the quote itself and a little of what follows (a ~20 s clip in all). */
export const CLIP_AFTER_MS = 15_000;

export interface ClipWindow {
  /** the segment's index (its URL …/media/:kind/:index) */
  index: number;
  mimeType: string;
  /** seconds into the segment */
  startSec: number;
  endSec: number;
}

export function clipWindow(
  segments: readonly { index: number; mimeType: string; startMs: number; durationMs: number }[],
  momentMs: number,
): ClipWindow | null {
  const segment = segmentAt(segments, momentMs);
  // the moment falls in a gap of the recording that lasts beyond the clip: nothing to play
  if (!segment || segment.startMs > momentMs + CLIP_AFTER_MS) return null;
  const start = Math.max(0, momentMs - CLIP_BEFORE_MS - segment.startMs);
  const end = Math.min(segment.durationMs, momentMs + CLIP_AFTER_MS - segment.startMs);
  if (end - start < 500) return null;
  return { index: segment.index, mimeType: segment.mimeType, startSec: start / 1000, endSec: end / 1000 };
}

/** The media fragment (RFC-less W3C Media Fragments) that asks the element for the window. */
export function clipFragment(w: Pick<ClipWindow, "startSec" | "endSec">): string {
  return `#t=${w.startSec.toFixed(2)},${w.endSec.toFixed(2)}`;
}
