// Step 2 of processing: audio chunks → text, with OpenAI's transcription API (Whisper). Each chunk
// is self-contained (the SDK records segments), so chunks are transcribed independently.
//
// Chunks go in batches — one Inngest step per batch — because a run may hold at most 1,000 steps
// and a two-hour session has 1,440 chunks. Each chunk's transcript is committed on its own, so a
// retried batch resumes at the first chunk that is not done. Usage (audio seconds, cost) is recorded
// once per batch, i.e. per step.
import { toFile } from "openai";
import { openaiClient, transcriptionModel } from "@/lib/ai/openai";
import { recordUsage } from "@/lib/ai/record-usage";
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";

export const TRANSCRIBE_BATCH_SIZE = 60;
const PARALLEL_CALLS = 8;
const EXTENSIONS: Record<string, string> = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/mp4": "m4a", "audio/wav": "wav", "audio/mpeg": "mp3" };

/** Ids of the audio chunks that still need a transcript, in order, cut into batches. */
export async function planTranscription(input: { sessionId: string }): Promise<string[][]> {
  const chunks = await db.mediaChunk.findMany({
    where: { sessionId: input.sessionId, kind: "audio", OR: [{ transcriptStatus: null }, { transcriptStatus: { in: ["pending", "failed"] } }] },
    select: { id: true },
    orderBy: { chunkIndex: "asc" },
  });
  const batches: string[][] = [];
  for (let i = 0; i < chunks.length; i += TRANSCRIBE_BATCH_SIZE) batches.push(chunks.slice(i, i + TRANSCRIBE_BATCH_SIZE).map((c) => c.id));
  return batches;
}

type Chunk = { id: string; chunkIndex: number; storageKey: string; mimeType: string; durationMs: number | null; transcriptStatus: string | null };

/** Transcribes one chunk and commits its text; returns the audio seconds sent (0 when skipped). */
async function transcribeOne(chunk: Chunk, model: string): Promise<number> {
  if (chunk.transcriptStatus === "done") return 0;
  const stored = await mediaStorage().get(chunk.storageKey);
  if (!stored) {
    // gone (retention, lost): nothing to transcribe, and retrying will not bring it back
    await db.mediaChunk.update({ where: { id: chunk.id }, data: { transcriptStatus: "failed", transcriptError: "Audio file not found in storage" } });
    return 0;
  }
  const type = chunk.mimeType.split(";")[0].trim();
  const file = await toFile(stored.body, `chunk-${chunk.chunkIndex}.${EXTENSIONS[type] ?? "webm"}`, { type });
  const result = await openaiClient().audio.transcriptions.create({ model, file });
  // raw SQL: this runs once per chunk (360 times for a 30-minute session), and Prisma's query
  // building costs more than the UPDATE itself (npm run bench:pipeline)
  await db.$executeRaw`UPDATE "MediaChunk" SET "transcriptText" = ${result.text.trim()}, "transcriptStatus" = 'done', "transcriptError" = NULL WHERE "id" = ${chunk.id}`;
  return (chunk.durationMs ?? 5_000) / 1000;
}

/**
 * Transcribes a batch, a few chunks at a time. After a failure no new chunk is started, the calls in
 * flight finish (and commit), usage is recorded for what was sent, and then the first error fails
 * the step — nothing keeps writing after it.
 */
export async function transcribeBatch(input: { chunkIds: string[]; runId: string; step?: string }) {
  const chunks = await db.mediaChunk.findMany({
    where: { id: { in: input.chunkIds } },
    select: { id: true, chunkIndex: true, storageKey: true, mimeType: true, durationMs: true, transcriptStatus: true, sessionId: true, session: { select: { projectId: true } } },
    orderBy: { chunkIndex: "asc" },
  });
  if (chunks.length === 0) return { chunks: 0, transcribed: 0, audioSeconds: 0 };
  openaiClient(); // fail fast, before any work, when transcription is not configured
  const model = transcriptionModel();
  let next = 0;
  let audioSeconds = 0;
  let transcribed = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < chunks.length && failure === undefined) {
      const chunk = chunks[next++];
      try {
        const seconds = await transcribeOne(chunk, model);
        if (seconds > 0) transcribed++;
        audioSeconds += seconds;
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CALLS, chunks.length) }, worker));
  if (audioSeconds > 0) {
    await recordUsage({
      projectId: chunks[0].session.projectId,
      sessionId: chunks[0].sessionId,
      runId: input.runId,
      step: input.step ?? "transcribe",
      purpose: "transcribe",
      provider: "openai",
      model,
      audioSeconds,
    });
  }
  if (failure !== undefined) throw failure;
  return { chunks: chunks.length, transcribed, audioSeconds };
}
