// A retention change that would delete data must say so first: unless the caller confirmed
// (`confirmDeletion: true` in PATCH /api/v1/projects/:id), a shorter window that makes the next run
// delete sessions or media files is refused with 409 and how much it would delete.
import type { DbClient } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { countRetentionImpact } from "./count-retention-impact";

export async function confirmRetentionChange(
  db: DbClient,
  input: {
    projectId: string;
    current: { retentionAudioDays: number; retentionTranscriptDays: number };
    next: { retentionAudioDays?: number; retentionTranscriptDays?: number };
    confirmed: boolean;
  },
) {
  const mediaDays = input.next.retentionAudioDays ?? input.current.retentionAudioDays;
  const sessionDays = input.next.retentionTranscriptDays ?? input.current.retentionTranscriptDays;
  const shorter = mediaDays < input.current.retentionAudioDays || sessionDays < input.current.retentionTranscriptDays;
  if (!shorter || input.confirmed) return;
  const impact = await countRetentionImpact(db, { projectId: input.projectId, mediaDays, sessionDays });
  if (impact.sessionsToDelete === 0 && impact.mediaFilesToRemove === 0) return;
  throw conflict(
    `This change deletes ${impact.sessionsToDelete} sessions and ${impact.mediaFilesToRemove} recording files at the next retention run; send confirmDeletion: true to apply it`,
    { retentionImpact: impact },
  );
}
