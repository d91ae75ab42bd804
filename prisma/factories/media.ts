// Recordings for the seed, tests and e2e: real, playable audio generated in code (no binary
// fixtures), stored the way the ingestion API stores SDK uploads — one object and one MediaChunk
// row per chunk. A recording is either self-contained segments (older SDKs) or spans: one
// recorder run cut into timeslices, only the first carrying the header (ADR 010).
import { Readable } from "node:stream";
import type { DbClient } from "@/lib/db";
import type { MediaStorage } from "@/lib/storage/media-storage";

/**
 * A mono 8-bit PCM WAV of `durationMs`: a soft tone whose pitch steps up every second, so a
 * listener (or a test reading currentTime) can tell positions apart. 8 kHz keeps a minute at 480 KB.
 */
export function toneWav(durationMs: number, options: { sampleRate?: number; baseHz?: number } = {}): Buffer {
  const sampleRate = options.sampleRate ?? 8_000;
  const baseHz = options.baseHz ?? 220;
  const samples = Math.max(1, Math.round((durationMs / 1000) * sampleRate));
  const buffer = Buffer.alloc(44 + samples);
  buffer.write("RIFF", 0, "ascii");
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write("WAVE", 8, "ascii");
  buffer.write("fmt ", 12, "ascii");
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate, 28); // byte rate: 1 byte per sample
  buffer.writeUInt16LE(1, 32); // block align
  buffer.writeUInt16LE(8, 34); // bits per sample
  buffer.write("data", 36, "ascii");
  buffer.writeUInt32LE(samples, 40);
  let phase = 0;
  for (let i = 0; i < samples; i++) {
    const second = Math.floor(i / sampleRate);
    phase += (2 * Math.PI * baseHz * (1 + (second % 8) / 8)) / sampleRate;
    buffer[44 + i] = 128 + Math.round(24 * Math.sin(phase)); // 8-bit PCM is unsigned around 128
  }
  return buffer;
}

const audioKey = (projectId: string, sessionId: string, index: number, ext: string) =>
  `projects/${projectId}/sessions/${sessionId}/audio/${String(index).padStart(6, "0")}.${ext}`;

/**
 * An audio recording covering `durationMs` of the session, cut into WAV segments of `segmentMs`,
 * each stored under the same key layout as uploads (lib/recordings/store-media-chunk.ts). With
 * `timesliceMs`, each segment is a span as the SDK uploads it: the WAV cut into timeslices, the
 * first holding the header (which counts the whole span's samples), the others bare samples — they
 * only play joined, like MediaRecorder timeslices. A segment's transcript sits on its first chunk.
 */
export async function createAudioRecording(
  db: DbClient,
  storage: MediaStorage,
  data: {
    projectId: string;
    sessionId: string;
    durationMs: number;
    segmentMs?: number;
    timesliceMs?: number;
    transcripts?: (string | null)[];
  },
) {
  const segmentMs = data.segmentMs ?? 30_000;
  const rows = [];
  let index = 0;
  for (let segment = 0, start = 0; start < data.durationMs; segment++, start += segmentMs) {
    const durationMs = Math.min(segmentMs, data.durationMs - start);
    const bytes = toneWav(durationMs);
    const sliceMs = data.timesliceMs ?? durationMs;
    const spanStartIndex = data.timesliceMs ? index : null;
    const transcript = data.transcripts?.[segment] ?? null;
    // 8 kHz, one byte per sample: a timeslice of n ms is 8n bytes (the first also holds the 44-byte header)
    for (let at = 0; at < durationMs; at += sliceMs, index++) {
      const first = at === 0;
      const part = bytes.subarray(first ? 0 : 44 + at * 8, Math.min(bytes.length, 44 + (at + sliceMs) * 8));
      const storageKey = audioKey(data.projectId, data.sessionId, index, "wav");
      await storage.put(storageKey, Readable.from([part]), { contentType: "audio/wav", contentLength: part.length });
      rows.push({
        sessionId: data.sessionId,
        kind: "audio" as const,
        chunkIndex: index,
        storageKey,
        sizeBytes: part.length,
        mimeType: "audio/wav",
        startOffsetMs: start + at,
        durationMs: Math.min(sliceMs, durationMs - at),
        spanStartIndex,
        levelDb: -18,
        transcriptText: first ? transcript : null,
        transcriptStatus: transcript ? ("done" as const) : ("skipped" as const),
      });
    }
  }
  return db.mediaChunk.createManyAndReturn({ data: rows });
}

export interface SpanPartInput {
  bytes: Buffer;
  /** dBFS as the SDK measured it; null when not measured (default -20, speech) */
  levelDb?: number | null;
  durationMs?: number;
}

/**
 * Audio uploaded the way the SDK uploads it (ADR 010): each span is one recorder run whose parts
 * are consecutive chunks, the first part carrying the container header. Spans follow each other on
 * the session clock from `startMs`; chunk indexes continue from `firstIndex`. Rows are pending, as
 * the ingestion API leaves them.
 */
export async function createAudioSpans(
  db: DbClient,
  storage: MediaStorage,
  data: { projectId: string; sessionId: string; spans: SpanPartInput[][]; firstIndex?: number; startMs?: number; mimeType?: string },
) {
  const mimeType = data.mimeType ?? "audio/webm;codecs=opus";
  const rows = [];
  let index = data.firstIndex ?? 0;
  let offset = data.startMs ?? 0;
  for (const parts of data.spans) {
    const spanStartIndex = index;
    for (const part of parts) {
      const storageKey = audioKey(data.projectId, data.sessionId, index, "webm");
      await storage.put(storageKey, Readable.from([part.bytes]), { contentType: mimeType, contentLength: part.bytes.length });
      const durationMs = part.durationMs ?? 5_000;
      rows.push({
        sessionId: data.sessionId,
        kind: "audio" as const,
        chunkIndex: index++,
        storageKey,
        sizeBytes: part.bytes.length,
        mimeType,
        startOffsetMs: offset,
        durationMs,
        spanStartIndex,
        levelDb: part.levelDb === undefined ? -20 : part.levelDb,
        transcriptStatus: "pending" as const,
      });
      offset += durationMs;
    }
  }
  return db.mediaChunk.createManyAndReturn({ data: rows });
}
