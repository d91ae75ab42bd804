// What the retention policy did last and when it runs next, and how a pending change's deletion is
// described; shared by the retention form and its read-only view.
import { formatDateTime } from "@/components/ui/format";

export interface RetentionRunSummary {
  finishedAt: string;
  sessionsDeleted: number;
  mediaFilesRemoved: number;
  eventsDeleted: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeDeletion(impact: { sessionsToDelete: number; mediaFilesToRemove: number; eventsToDelete: number }): string {
  const sessions = plural(impact.sessionsToDelete, "session", "sessions");
  const files = plural(impact.mediaFilesToRemove, "recording file", "recording files");
  const events = plural(impact.eventsToDelete, "behaviour event", "behaviour events");
  return `${sessions}, ${files} and ${events}`;
}

export function RetentionSummary({ lastRun, nextRunAt }: { lastRun: RetentionRunSummary | null; nextRunAt: string }) {
  return (
    <p className="text-[13px] text-zinc-600" data-testid="retention-summary">
      Next run: <span className="text-zinc-900">{formatDateTime(nextRunAt)}</span>.{" "}
      {lastRun ? (
        <>
          Last run {formatDateTime(lastRun.finishedAt)}: removed{" "}
          {describeDeletion({
            sessionsToDelete: lastRun.sessionsDeleted,
            mediaFilesToRemove: lastRun.mediaFilesRemoved,
            eventsToDelete: lastRun.eventsDeleted,
          })}
          .
        </>
      ) : (
        "It has not run for this project yet."
      )}
    </p>
  );
}
