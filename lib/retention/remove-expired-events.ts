// Behaviour events (clicks, navigation, input changes…) past the project's events window
// (retentionEventsDays) are deleted; the session, its transcript and signals stay. Deleted in
// batches by id, each batch its own statement, so a long sweep never holds one huge transaction and
// a stopped run resumes with what is left.
import { db } from "@/lib/db";

export async function removeExpiredEvents(input: { projectId: string; before: Date; batchSize?: number }): Promise<{ removed: number }> {
  const batchSize = input.batchSize ?? 5000;
  let removed = 0;
  for (;;) {
    const events = await db.sessionEvent.findMany({
      where: { session: { projectId: input.projectId }, createdAt: { lt: input.before } },
      select: { id: true },
      take: batchSize,
    });
    if (!events.length) return { removed };
    const { count } = await db.sessionEvent.deleteMany({ where: { id: { in: events.map((e) => e.id) } } });
    removed += count;
  }
}
