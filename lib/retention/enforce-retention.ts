// One project's retention policy, applied now: media past the media window is removed and behaviour
// events past the events window are deleted (the session keeps its transcript and signals), sessions
// past the session window are erased. The run is
// recorded (RetentionRun) with what it removed, for the settings page. Safe to run again at any
// time: both sweeps only find what is still there.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { eraseExpiredSessions } from "./erase-expired-sessions";
import { removeExpiredEvents } from "./remove-expired-events";
import { removeExpiredMedia } from "./remove-expired-media";
import { retentionCutoff } from "./retention-cutoff";

export async function enforceRetention(input: { projectId: string; now?: Date; batchSize?: number }) {
  const now = input.now ?? new Date();
  const project = await db.project.findUnique({
    where: { id: input.projectId },
    select: { retentionAudioDays: true, retentionEventsDays: true, retentionTranscriptDays: true },
  });
  // deleted since the daily run listed it: nothing left to apply the policy to
  if (!project) return { projectId: input.projectId, sessionsDeleted: 0, mediaFilesRemoved: 0, eventsDeleted: 0 };
  const run = await db.retentionRun.create({ data: { projectId: input.projectId, startedAt: now } });
  // sessions first: their media goes with them, so the media sweep does not delete files twice
  const { erased } = await eraseExpiredSessions({
    projectId: input.projectId,
    before: retentionCutoff(now, project.retentionTranscriptDays),
    batchSize: input.batchSize,
  });
  const { removed } = await removeExpiredMedia({
    projectId: input.projectId,
    before: retentionCutoff(now, project.retentionAudioDays),
    batchSize: input.batchSize,
  });
  const { removed: eventsDeleted } = await removeExpiredEvents({
    projectId: input.projectId,
    before: retentionCutoff(now, project.retentionEventsDays),
    batchSize: input.batchSize,
  });
  await db.$transaction(async (tx) => {
    await tx.retentionRun.update({
      where: { id: run.id },
      data: { sessionsDeleted: erased, mediaFilesRemoved: removed, eventsDeleted, finishedAt: new Date() },
    });
    // the audit log names runs that removed something; a daily "nothing to do" would drown it
    if (erased || removed || eventsDeleted)
      await recordAuditEvent(tx, {
        projectId: input.projectId,
        actor: { kind: "system" },
        action: "retention.ran",
        target: { type: "retention_run", id: run.id },
        details: { sessionsDeleted: erased, mediaFilesRemoved: removed, eventsDeleted },
      });
  });
  return { projectId: input.projectId, sessionsDeleted: erased, mediaFilesRemoved: removed, eventsDeleted };
}
