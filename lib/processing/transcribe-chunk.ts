// Step 2 of processing: one audio chunk → text, with OpenAI's transcription API (Whisper). Each
// chunk is self-contained (the SDK records segments), so chunks are transcribed independently and a
// retry resumes at the first chunk not yet done.
import { toFile } from "openai";
import { openaiClient, transcriptionModel } from "@/lib/ai/openai";
import { recordUsage } from "@/lib/ai/record-usage";
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";

const EXTENSIONS: Record<string, string> = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/mp4": "m4a", "audio/wav": "wav", "audio/mpeg": "mp3" };

export async function transcribeChunk(input: { chunkId: string; runId: string }) {
  const chunk = await db.mediaChunk.findUniqueOrThrow({ where: { id: input.chunkId }, include: { session: { select: { projectId: true } } } });
  if (chunk.transcriptStatus === "done") return { chunkId: chunk.id, chars: chunk.transcriptText?.length ?? 0, skipped: true };
  const client = openaiClient();
  const stored = await mediaStorage().get(chunk.storageKey);
  if (!stored) {
    // the file is gone (deleted by retention, lost): nothing to transcribe, and retrying will not help
    await db.mediaChunk.update({ where: { id: chunk.id }, data: { transcriptStatus: "failed", transcriptError: "Audio file not found in storage" } });
    return { chunkId: chunk.id, chars: 0, skipped: true };
  }
  const base = chunk.mimeType.split(";")[0].trim();
  const file = await toFile(stored.body, `chunk-${chunk.chunkIndex}.${EXTENSIONS[base] ?? "webm"}`, { type: base });
  const model = transcriptionModel();
  const result = await client.audio.transcriptions.create({ model, file });
  const text = result.text.trim();
  await db.$transaction(async (tx) => {
    await tx.mediaChunk.update({ where: { id: chunk.id }, data: { transcriptText: text, transcriptStatus: "done", transcriptError: null } });
    await recordUsage({
      tx,
      projectId: chunk.session.projectId,
      sessionId: chunk.sessionId,
      runId: input.runId,
      step: `transcribe-${chunk.chunkIndex}`,
      purpose: "transcribe",
      provider: "openai",
      model,
      audioSeconds: (chunk.durationMs ?? 5_000) / 1000,
    });
  });
  return { chunkId: chunk.id, chars: text.length, skipped: false };
}

/**
 * Chunks are transcribed in batches — one Inngest step per batch — because a run may hold at most
 * 1,000 steps and a two-hour session has 1,440 chunks. Each chunk's transcript is committed on its
 * own, so a retried batch resumes at the first chunk that is not done.
 */
export const TRANSCRIBE_BATCH_SIZE = 30;
const PARALLEL_CALLS = 4;

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

/**
 * Transcribes a batch, a few chunks at a time. After a failure no new chunk is started, the calls in
 * flight finish (and commit), and then the first error fails the step — nothing keeps writing after.
 */
export async function transcribeBatch(input: { chunkIds: string[]; runId: string }) {
  let next = 0;
  let chars = 0;
  let transcribed = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < input.chunkIds.length && failure === undefined) {
      const chunkId = input.chunkIds[next++];
      try {
        const r = await transcribeChunk({ chunkId, runId: input.runId });
        chars += r.chars;
        if (!r.skipped) transcribed++;
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CALLS, input.chunkIds.length) }, worker));
  if (failure !== undefined) throw failure;
  return { chunks: input.chunkIds.length, transcribed, chars };
}
