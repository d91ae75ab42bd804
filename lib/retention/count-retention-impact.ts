// What applying retention windows would delete today: sessions past the session window, and media
// files and behaviour events (of the sessions that stay) past their windows not removed yet. Used to ask for
// confirmation before a settings change that shortens a window (lib/projects/update-project.ts).
import type { DbClient } from "@/lib/db";
import { retentionCutoff } from "./retention-cutoff";

export interface RetentionImpact {
  sessionsToDelete: number;
  mediaFilesToRemove: number;
  eventsToDelete: number;
}

export async function countRetentionImpact(
  db: DbClient,
  input: { projectId: string; mediaDays: number; eventDays: number; sessionDays: number; now?: Date },
): Promise<RetentionImpact> {
  const now = input.now ?? new Date();
  const sessionCutoff = retentionCutoff(now, input.sessionDays);
  const [sessionsToDelete, mediaFilesToRemove, eventsToDelete] = await Promise.all([
    db.session.count({ where: { projectId: input.projectId, createdAt: { lt: sessionCutoff } } }),
    db.mediaChunk.count({
      where: {
        session: { projectId: input.projectId, createdAt: { gte: sessionCutoff } },
        createdAt: { lt: retentionCutoff(now, input.mediaDays) },
        mediaRemovedAt: null,
      },
    }),
    db.sessionEvent.count({
      where: {
        session: { projectId: input.projectId, createdAt: { gte: sessionCutoff } },
        createdAt: { lt: retentionCutoff(now, input.eventDays) },
      },
    }),
  ]);
  return { sessionsToDelete, mediaFilesToRemove, eventsToDelete };
}
