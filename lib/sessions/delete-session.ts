import type { DbClient } from "@/lib/db";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { mediaStorage } from "@/lib/storage";
import { recomputeTaskPriority } from "@/lib/tasks/recompute-task-priority";

/** What removing one session's rows took away, counted before the delete (the children go by cascade). */
export interface SessionRowsRemoved {
  messages: number;
  events: number;
  activity: number;
  /** media chunk rows whose file was still there (retention may have removed some files already) */
  mediaObjects: number;
  transcripts: number;
  signals: number;
  taskLinks: number;
  /** 1 when the screener response was deleted (erasure), 0 when it was kept or there was none */
  screenerResponses: number;
  /** model-usage rows kept as cost numbers, detached from the session */
  usageRowsKept: number;
}

export interface SessionRowsRemoval {
  removed: SessionRowsRemoved;
  /** tasks that lost evidence: their counts and priorities need recomputing */
  taskIds: string[];
  /** media objects to delete once the transaction has committed */
  storageKeys: string[];
}

/** Every media object of a session lives under this prefix (lib/recordings/store-media-chunk.ts). */
export const sessionMediaPrefix = (projectId: string, sessionId: string) => `projects/${projectId}/sessions/${sessionId}/`;

/**
 * Deletes one session's rows inside the caller's transaction: messages, events, activity, media rows,
 * processing runs, signals and their task links go with the session. Shared by deleteSession and
 * the participant erasure (lib/erasure), which differ only in what they keep:
 * - `response`: "anonymize" keeps the screener response for the screener's counts without who
 *   answered; "delete" removes it with its answers (the person asked for everything to go);
 * - `usage`: "delete" drops the model-usage rows with the session; "keep_costs" detaches them so
 *   cost totals stay right (they hold token counts and prices, no content).
 * Returns null when the session is not in the project (already gone).
 */
export async function removeSessionRows(
  tx: DbClient,
  input: { projectId: string; sessionId: string; response: "anonymize" | "delete"; usage: "delete" | "keep_costs" },
): Promise<SessionRowsRemoval | null> {
  const session = await tx.session.findFirst({ where: { id: input.sessionId, projectId: input.projectId }, select: { id: true } });
  if (!session) return null;
  const where = { sessionId: session.id };
  const links = await tx.taskSignal.findMany({ where: { signal: where }, select: { taskId: true } });
  const chunks = await tx.mediaChunk.findMany({ where, select: { storageKey: true, mediaRemovedAt: true, transcriptText: true } });
  const messages = await tx.sessionMessage.count({ where });
  // spoken turns' audio (voice interviews) is media too
  const turnAudio = await tx.sessionMessage.findMany({ where: { ...where, audioKey: { not: null } }, select: { audioKey: true } });
  const events = await tx.sessionEvent.count({ where });
  const activity = await tx.sessionActivity.count({ where });
  const signals = await tx.signal.count({ where });
  let screenerResponses = 0;
  if (input.response === "delete") screenerResponses = (await tx.screenerResponse.deleteMany({ where })).count;
  // the response outlives the session (onDelete: SetNull) for the screener's counts; who answered must not
  else await tx.screenerResponse.updateMany({ where, data: { participantName: null, participantEmail: null } });
  let usageRowsKept = 0;
  if (input.usage === "keep_costs") usageRowsKept = (await tx.llmUsage.updateMany({ where, data: { sessionId: null } })).count;
  await tx.session.delete({ where: { id: session.id } });
  return {
    removed: {
      messages,
      events,
      activity,
      mediaObjects: chunks.filter((c) => !c.mediaRemovedAt).length,
      transcripts: chunks.filter((c) => c.transcriptText).length,
      signals,
      taskLinks: links.length,
      screenerResponses,
      usageRowsKept,
    },
    taskIds: [...new Set(links.map((l) => l.taskId))],
    storageKeys: [...chunks.map((c) => c.storageKey), ...turnAudio.map((m) => m.audioKey!)],
  };
}

/**
 * Deletes a session with everything derived from it, its media files included, and the participant's
 * name and email on its screener response; tasks are rescored.
 */
export async function deleteSession(input: { projectId: string; sessionId: string }) {
  const keys = await db.$transaction(async (tx) => {
    const removal = await removeSessionRows(tx, { ...input, response: "anonymize", usage: "delete" });
    if (!removal) throw notFound("Session");
    for (const taskId of removal.taskIds) await recomputeTaskPriority(tx, { taskId });
    return removal.storageKeys;
  });
  // files go after the commit: a failed delete leaves an orphan file, never a row without its file
  for (const key of keys)
    await mediaStorage()
      .delete(key)
      .catch((e) => log.warn("media delete failed", { key, error: e }));
  return { deletedMediaFiles: keys.length };
}
