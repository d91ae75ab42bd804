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
    if (!chunks.length) return { removed };
    const storage = mediaStorage();
    // a failed delete throws: the step is retried and these rows are still unmarked
    for (const chunk of chunks) await storage.delete(chunk.storageKey);
    await db.mediaChunk.updateMany({ where: { id: { in: chunks.map((c) => c.id) } }, data: { mediaRemovedAt: new Date() } });
    removed += chunks.length;
  }
}
