// For the settings page: the project's last finished retention run (what it removed, when) and when
// the next one is due.
import { db } from "@/lib/db";
import { nextRetentionRun } from "./retention-schedule";

export interface RetentionStatus {
  lastRun: { finishedAt: Date; sessionsDeleted: number; mediaFilesRemoved: number; eventsDeleted: number } | null;
  nextRunAt: Date;
}

export async function getRetentionStatus(input: { projectId: string; now?: Date }): Promise<RetentionStatus> {
  const last = await db.retentionRun.findFirst({
    where: { projectId: input.projectId, finishedAt: { not: null } },
    orderBy: { finishedAt: "desc" },
    select: { finishedAt: true, sessionsDeleted: true, mediaFilesRemoved: true, eventsDeleted: true },
  });
  return {
    lastRun: last?.finishedAt
      ? {
          finishedAt: last.finishedAt,
          sessionsDeleted: last.sessionsDeleted,
          mediaFilesRemoved: last.mediaFilesRemoved,
          eventsDeleted: last.eventsDeleted,
        }
      : null,
    nextRunAt: nextRetentionRun(input.now),
  };
}
