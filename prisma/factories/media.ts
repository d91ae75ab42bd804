// Recordings for the seed, tests and e2e: real, playable audio generated in code (no binary
// fixtures), stored the way the ingestion API stores SDK segments — one self-contained file per
// segment in media storage and one MediaChunk row per segment.
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

/**
 * An audio recording covering `durationMs` of the session, cut into WAV segments of `segmentMs`,
 * each stored under the same key layout as uploads (lib/recordings/store-media-chunk.ts).
 */
export async function createAudioRecording(
  db: DbClient,
  storage: MediaStorage,
  data: { projectId: string; sessionId: string; durationMs: number; segmentMs?: number; transcripts?: (string | null)[] },
) {
  const segmentMs = data.segmentMs ?? 30_000;
  const rows = [];
  for (let index = 0, start = 0; start < data.durationMs; index++, start += segmentMs) {
    const durationMs = Math.min(segmentMs, data.durationMs - start);
    const bytes = toneWav(durationMs);
    const storageKey = `projects/${data.projectId}/sessions/${data.sessionId}/audio/${String(index).padStart(6, "0")}.wav`;
    await storage.put(storageKey, Readable.from([bytes]), { contentType: "audio/wav", contentLength: bytes.length });
    const transcript = data.transcripts?.[index] ?? null;
    rows.push({
      sessionId: data.sessionId,
      kind: "audio" as const,
      chunkIndex: index,
      storageKey,
      sizeBytes: bytes.length,
      mimeType: "audio/wav",
      startOffsetMs: start,
      durationMs,
      transcriptText: transcript,
      transcriptStatus: transcript ? ("done" as const) : ("skipped" as const),
    });
  }
  return db.mediaChunk.createManyAndReturn({ data: rows });
}
