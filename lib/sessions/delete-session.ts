import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { mediaStorage } from "@/lib/storage";
import { recomputeTaskPriority } from "@/lib/tasks/recompute-task-priority";

/**
 * Deletes a session with everything derived from it, its media files included, and the participant's
 * name and email on its screener response; tasks are rescored.
 */
export async function deleteSession(input: { projectId: string; sessionId: string }) {
  const keys = await db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({ where: { id: input.sessionId, projectId: input.projectId }, select: { id: true } });
    if (!session) throw notFound("Session");
    const links = await tx.taskSignal.findMany({ where: { signal: { sessionId: session.id } }, select: { taskId: true } });
    const chunks = await tx.mediaChunk.findMany({ where: { sessionId: session.id }, select: { storageKey: true } });
    // the response outlives the session (onDelete: SetNull) for the screener's counts; who answered must not
    await tx.screenerResponse.updateMany({ where: { sessionId: session.id }, data: { participantName: null, participantEmail: null } });
    await tx.session.delete({ where: { id: session.id } });
    for (const taskId of new Set(links.map((l) => l.taskId))) await recomputeTaskPriority(tx, { taskId });
    return chunks.map((c) => c.storageKey);
  });
  // files go after the commit: a failed delete leaves an orphan file, never a row without its file
  for (const key of keys)
    await mediaStorage()
      .delete(key)
      .catch((e) => log.warn("media delete failed", { key, error: e }));
  return { deletedMediaFiles: keys.length };
}
