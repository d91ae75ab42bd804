// Media past the project's media window (retentionAudioDays): the files go, the MediaChunk rows stay
// marked `mediaRemovedAt`, so the session keeps its transcripts and signals and its page can say the
// recording was removed by the retention policy. Files are deleted before their rows are marked:
// a run that stops half-way leaves unmarked rows whose files the next run deletes (a missing file
// is not an error), so the sweep is idempotent and resumes where it stopped.
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";

export async function removeExpiredMedia(input: { projectId: string; before: Date; batchSize?: number }): Promise<{ removed: number }> {
  const batchSize = input.batchSize ?? 200;
  let removed = 0;
  for (;;) {
    const chunks = await db.mediaChunk.findMany({
      where: { session: { projectId: input.projectId }, createdAt: { lt: input.before }, mediaRemovedAt: null },
      select: { id: true, storageKey: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!chunks.length) return { removed: removed + (await removeExpiredTurnAudio(input.projectId, input.before, batchSize)) };
    const storage = mediaStorage();
    // a failed delete throws: the step is retried and these rows are still unmarked
    for (const chunk of chunks) await storage.delete(chunk.storageKey);
    await db.mediaChunk.updateMany({ where: { id: { in: chunks.map((c) => c.id) } }, data: { mediaRemovedAt: new Date() } });
    removed += chunks.length;
  }
}

/**
 * Spoken turns of voice interviews keep their audio on the message (audioKey); past the media window
 * the file goes and the key is cleared, the transcribed text stays. Same order as above: file first.
 */
async function removeExpiredTurnAudio(projectId: string, before: Date, batchSize: number): Promise<number> {
  let removed = 0;
  for (;;) {
    const messages = await db.sessionMessage.findMany({
      where: { session: { projectId }, createdAt: { lt: before }, audioKey: { not: null } },
      select: { id: true, audioKey: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!messages.length) return removed;
    for (const m of messages) await mediaStorage().delete(m.audioKey!);
    await db.sessionMessage.updateMany({ where: { id: { in: messages.map((m) => m.id) } }, data: { audioKey: null } });
    removed += messages.length;
  }
}
