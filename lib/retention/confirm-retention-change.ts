// A retention change that would delete data must say so first: unless the caller confirmed
// (`confirmDeletion: true` in PATCH /api/v1/projects/:id), a shorter window that makes the next run
// delete sessions, media files or behaviour events is refused with 409 and how much it would delete.
import type { DbClient } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { countRetentionImpact } from "./count-retention-impact";

export interface RetentionWindows {
  retentionAudioDays: number;
  retentionEventsDays: number;
  retentionTranscriptDays: number;
}

export async function confirmRetentionChange(
  db: DbClient,
  input: { projectId: string; current: RetentionWindows; next: Partial<RetentionWindows>; confirmed: boolean },
) {
  const next = { ...input.current, ...Object.fromEntries(Object.entries(input.next).filter(([, v]) => v !== undefined)) };
  const shorter = (Object.keys(input.current) as (keyof RetentionWindows)[]).some((k) => next[k] < input.current[k]);
  if (!shorter || input.confirmed) return;
  const impact = await countRetentionImpact(db, {
    projectId: input.projectId,
    mediaDays: next.retentionAudioDays,
    eventDays: next.retentionEventsDays,
    sessionDays: next.retentionTranscriptDays,
  });
  if (impact.sessionsToDelete === 0 && impact.mediaFilesToRemove === 0 && impact.eventsToDelete === 0) return;
  throw conflict(
    `This change deletes ${impact.sessionsToDelete} sessions, ${impact.mediaFilesToRemove} recording files and ${impact.eventsToDelete} behaviour events at the next retention run; send confirmDeletion: true to apply it`,
    { retentionImpact: impact },
  );
}
