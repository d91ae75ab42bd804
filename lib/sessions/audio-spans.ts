// Audio chunks grouped into spans, the unit of transcription and playback (docs/decisions/010-audio-spans.md).
// The SDK records one MediaRecorder run per ~60 s and uploads its 5 s timeslices as chunks; only a
// run's first chunk carries the container header, so a span is transcribed (and played) as its
// chunks joined in order. Chunks without span fields (older SDKs) are self-contained: each is a
// span of its own. Pure.

export interface SpanChunk {
  id: string;
  chunkIndex: number;
  spanStartIndex: number | null;
  mimeType: string;
  sizeBytes: number;
  startOffsetMs: number | null;
  durationMs: number | null;
  levelDb: number | null;
  transcriptStatus: string | null;
}

/** What grouping needs of a chunk. */
export type SpanMember = Pick<SpanChunk, "chunkIndex" | "spanStartIndex">;
/** What timing needs of a chunk. */
export type TimedMember = SpanMember & Pick<SpanChunk, "startOffsetMs" | "durationMs">;

export interface AudioSpan<C extends SpanMember = SpanChunk> {
  /** chunkIndex of the span's first chunk */
  startIndex: number;
  /** in recording order */
  chunks: C[];
}

/** A chunk that does not say how long it is lasted this long (the SDK's timeslice, and its old segment length). */
export const DEFAULT_CHUNK_MS = 5_000;

/**
 * Below this loudest-moment level a span is silence: it is not sent to Whisper at all (which
 * would bill it and often answer with an invented sentence). Speech into a laptop microphone with
 * the browser's gain control peaks around -30…-10 dBFS; a quiet room with noise suppression stays
 * under -60.
 */
export const SILENCE_DB = -55;
/** Below this the span is near-silent: a known hallucination phrase in its transcript is dropped. */
export const NEAR_SILENT_DB = -42;

export function spanKeyOf(c: SpanMember): number {
  return c.spanStartIndex ?? c.chunkIndex;
}

/** Chunks grouped into spans, in recording order. */
export function groupSpans<C extends SpanMember>(chunks: readonly C[]): AudioSpan<C>[] {
  const spans = new Map<number, C[]>();
  for (const c of [...chunks].sort((a, b) => a.chunkIndex - b.chunkIndex)) {
    const key = spanKeyOf(c);
    const list = spans.get(key);
    if (list) list.push(c);
    else spans.set(key, [c]);
  }
  return [...spans.entries()].sort(([a], [b]) => a - b).map(([startIndex, list]) => ({ startIndex, chunks: list }));
}

/** Whether the span's first chunk (the one with the container header) is there: without it nothing decodes. */
export function hasStart(span: AudioSpan<SpanMember>): boolean {
  return span.chunks[0]?.chunkIndex === span.startIndex;
}

/** The span's length: from its first chunk's start to its last chunk's end when offsets are known. */
export function spanDurationMs(span: AudioSpan<TimedMember>): number {
  const first = span.chunks[0];
  const last = span.chunks[span.chunks.length - 1];
  const sum = span.chunks.reduce((ms, c) => ms + (c.durationMs && c.durationMs > 0 ? c.durationMs : DEFAULT_CHUNK_MS), 0);
  if (first.startOffsetMs === null || last.startOffsetMs === null) return sum;
  const lastMs = last.durationMs && last.durationMs > 0 ? last.durationMs : DEFAULT_CHUNK_MS;
  return Math.max(lastMs, last.startOffsetMs + lastMs - first.startOffsetMs);
}

/** The loudest level measured in the span, or null when any chunk of it was not measured. */
export function spanLevelDb(span: AudioSpan): number | null {
  let loudest = -Infinity;
  for (const c of span.chunks) {
    if (c.levelDb === null) return null;
    loudest = Math.max(loudest, c.levelDb);
  }
  return Number.isFinite(loudest) ? loudest : null;
}

/** Whether the span still needs a transcript (new, or failed before). */
export function needsTranscript(span: AudioSpan): boolean {
  return span.chunks.some((c) => c.transcriptStatus === null || c.transcriptStatus === "pending" || c.transcriptStatus === "failed");
}

/**
 * Spans cut into batches, one Inngest step each: at most `maxSpans` spans (one Whisper call each)
 * and about `maxAudioMs` of audio per batch, and never a span split across batches.
 */
export function batchSpans<C extends TimedMember>(
  spans: readonly AudioSpan<C>[],
  limits: { maxSpans: number; maxAudioMs: number },
): AudioSpan<C>[][] {
  const batches: AudioSpan<C>[][] = [];
  let current: AudioSpan<C>[] = [];
  let audioMs = 0;
  for (const span of spans) {
    const ms = spanDurationMs(span);
    if (current.length && (current.length >= limits.maxSpans || audioMs + ms > limits.maxAudioMs)) {
      batches.push(current);
      current = [];
      audioMs = 0;
    }
    current.push(span);
    audioMs += ms;
  }
  if (current.length) batches.push(current);
  return batches;
}
