// Step 2 of processing: audio → text, with OpenAI's transcription API (Whisper), one call per span
// (docs/decisions/010-audio-spans.md). The SDK records one MediaRecorder run per ~60 s and uploads
// its timeslices as chunks; a span's chunks are joined into one file and sent once, so a 30-minute
// session needs about 30 calls instead of 360. Chunks from older SDKs are self-contained: each is a
// span of its own.
//
// Spans go in batches — one Inngest step per batch — because a run may hold at most 1,000 steps.
// Each span's outcome is committed on its own (one statement for all its chunks), so a retried batch
// resumes at the first span that is not done. Usage (audio seconds, cost) is recorded once per
// batch, i.e. per step, for the audio actually sent.
//
// What is not worth a call, or what Whisper says is no speech, is "skipped" with its reason and
// never fails the session: silence measured by the SDK, a span whose first chunk is gone, a span
// Whisper refuses for good (400 "audio too short", 413…), empty text, known hallucinations.
// Rate limits, server errors and timeouts throw, so the step is retried.
import { APIError, toFile } from "openai";
import { openaiClient, transcriptionModel } from "@/lib/ai/openai";
import { recordUsage } from "@/lib/ai/record-usage";
import { db } from "@/lib/db";
import { joinSpan } from "@/lib/sessions/join-span";
import {
  type AudioSpan,
  batchSpans,
  groupSpans,
  hasStart,
  NEAR_SILENT_DB,
  needsTranscript,
  SILENCE_DB,
  type SpanChunk,
  spanDurationMs,
  spanLevelDb,
} from "@/lib/sessions/audio-spans";
import { whisperLanguage } from "./whisper-language";
import { runWithLimit } from "./run-with-limit";
import { keepWhisperText } from "./whisper-output";

/** Whisper calls in flight at once within a step. */
const PARALLEL_CALLS = 8;
/** Per step: at most this many spans (calls) and about this much audio — an hour of speech is
 * about 8 rounds of 8 calls, well within a step's time, and keeps all 8 calls busy across a
 * 30-minute session (smaller steps leave calls idle at each step's end). */
export const TRANSCRIBE_BATCH_LIMITS = { maxSpans: 60, maxAudioMs: 60 * 60_000 };
/** OpenAI refuses larger uploads (413); a span this big is skipped rather than sent. */
const WHISPER_MAX_BYTES = 25 * 1024 * 1024;
/** Answers that will be the same on every retry: the span is skipped, not the session failed. */
const PERMANENT_STATUSES = new Set([400, 413, 415, 422]);
const EXTENSIONS: Record<string, string> = {
  "audio/webm": "webm",
  "audio/ogg": "ogg",
  "audio/mp4": "m4a",
  "audio/wav": "wav",
  "audio/mpeg": "mp3",
};

type Chunk = SpanChunk & { storageKey: string };

const CHUNK_FIELDS = {
  id: true,
  chunkIndex: true,
  spanStartIndex: true,
  storageKey: true,
  mimeType: true,
  sizeBytes: true,
  startOffsetMs: true,
  durationMs: true,
  levelDb: true,
  transcriptStatus: true,
} as const;

/**
 * The audio chunks that still need a transcript, cut into batches of whole spans (each batch lists
 * the ids of its spans' chunks, in order).
 */
export async function planTranscription(input: { sessionId: string }): Promise<string[][]> {
  const chunks = await db.mediaChunk.findMany({
    where: { sessionId: input.sessionId, kind: "audio" },
    select: CHUNK_FIELDS,
    orderBy: { chunkIndex: "asc" },
  });
  const spans = groupSpans(chunks).filter(needsTranscript);
  return batchSpans(spans, TRANSCRIBE_BATCH_LIMITS).map((batch) => batch.flatMap((span) => span.chunks.map((c) => c.id)));
}

type Outcome = { status: "done"; text: string } | { status: "skipped" | "failed"; reason: string };

/** Commits a span's outcome on all its chunks at once: the text sits on the first chunk, at the span's start. */
async function commit(span: AudioSpan<Chunk>, outcome: Outcome) {
  const ids = span.chunks.map((c) => c.id);
  const text = outcome.status === "done" ? outcome.text : null;
  const reason = outcome.status === "done" ? null : outcome.reason.slice(0, 500);
  // raw SQL: this runs once per span, and Prisma's query building costs more than the UPDATE itself (npm run bench:pipeline)
  await db.$executeRaw`
    UPDATE "MediaChunk"
    SET "transcriptText" = CASE WHEN "id" = ${ids[0]} THEN ${text} ELSE NULL END,
        "transcriptStatus" = ${outcome.status}::"TranscriptStatus",
        "transcriptError" = ${reason}
    WHERE "id" = ANY(${ids}::text[])`;
}

/** Transcribes one span and commits the outcome; returns the audio seconds sent to Whisper (0 when none). */
async function transcribeSpan(span: AudioSpan<Chunk>, opts: { model: string; language?: string }): Promise<number> {
  if (!needsTranscript(span)) return 0;
  if (!hasStart(span)) {
    await commit(span, {
      status: "skipped",
      reason: `span_start_missing: chunk ${span.startIndex}, the start of this recording span, was never stored`,
    });
    return 0;
  }
  const level = spanLevelDb(span);
  if (level !== null && level < SILENCE_DB) {
    await commit(span, { status: "skipped", reason: `silence: loudest moment ${level} dBFS (below ${SILENCE_DB})` });
    return 0;
  }
  const joined = await joinSpan(span.chunks);
  if (!joined.first) {
    // gone (retention, lost): nothing to transcribe, and retrying will not bring it back
    await commit(span, { status: "failed", reason: "Audio file not found in storage" });
    return 0;
  }
  if (joined.bytes.length > WHISPER_MAX_BYTES) {
    await commit(span, { status: "skipped", reason: `too_large: ${joined.bytes.length} bytes is over Whisper's ${WHISPER_MAX_BYTES}` });
    return 0;
  }
  const type = span.chunks[0].mimeType.split(";")[0].trim();
  const file = await toFile(joined.bytes, `chunk-${span.startIndex}.${EXTENSIONS[type] ?? "webm"}`, { type });
  let text: string;
  try {
    const result = await openaiClient().audio.transcriptions.create({
      model: opts.model,
      file,
      ...(opts.language ? { language: opts.language } : {}),
    });
    text = result.text;
  } catch (e) {
    if (e instanceof APIError && e.status !== undefined && PERMANENT_STATUSES.has(e.status)) {
      await commit(span, { status: "skipped", reason: `rejected: Whisper answered ${e.status}: ${e.message}` });
      return 0;
    }
    throw e;
  }
  const kept = keepWhisperText(text, { nearSilent: level !== null && level < NEAR_SILENT_DB });
  await commit(
    span,
    "text" in kept && kept.text
      ? { status: "done", text: kept.text }
      : { status: "skipped", reason: "skip" in kept ? `${kept.skip}: ${kept.detail}` : "no_speech" },
  );
  return spanDurationMs(span) / 1000;
}

/**
 * Transcribes a batch, a few spans at a time. After a failure no new span is started, the calls in
 * flight finish (and commit), usage is recorded for what was sent, and then the first error fails
 * the step — nothing keeps writing after it.
 */
export async function transcribeBatch(input: { chunkIds: string[]; runId: string; step?: string }) {
  const chunks = await db.mediaChunk.findMany({
    where: { id: { in: input.chunkIds } },
    select: CHUNK_FIELDS,
    orderBy: { chunkIndex: "asc" },
  });
  if (chunks.length === 0) return { chunks: 0, spans: 0, transcribed: 0, audioSeconds: 0 };
  const session = await db.mediaChunk.findUniqueOrThrow({
    where: { id: chunks[0].id },
    select: { session: { select: { id: true, projectId: true, language: true } } },
  });
  openaiClient(); // fail fast, before any work, when transcription is not configured
  const model = transcriptionModel();
  const language = whisperLanguage(session.session.language);
  const spans = groupSpans(chunks);
  let audioSeconds = 0;
  let transcribed = 0;
  const { failure } = await runWithLimit(
    spans.map((span) => async () => {
      const seconds = await transcribeSpan(span, { model, language });
      if (seconds > 0) transcribed++;
      audioSeconds += seconds;
    }),
    PARALLEL_CALLS,
  );
  if (audioSeconds > 0) {
    await recordUsage({
      projectId: session.session.projectId,
      sessionId: session.session.id,
      runId: input.runId,
      step: input.step ?? "transcribe",
      purpose: "transcribe",
      provider: "openai",
      model,
      audioSeconds,
    });
  }
  if (failure !== undefined) throw failure;
  return { chunks: chunks.length, spans: spans.length, transcribed, audioSeconds };
}
