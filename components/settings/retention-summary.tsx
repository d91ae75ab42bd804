// What the retention policy did last and when it runs next, and how a pending change's deletion is
// described; shared by the retention form and its read-only view.
import { formatDateTime } from "@/components/ui/format";

export interface RetentionRunSummary {
  finishedAt: string;
  sessionsDeleted: number;
  mediaFilesRemoved: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeDeletion(impact: { sessionsToDelete: number; mediaFilesToRemove: number }): string {
  return `${plural(impact.sessionsToDelete, "session", "sessions")} and ${plural(impact.mediaFilesToRemove, "recording file", "recording files")}`;
}

export function RetentionSummary({ lastRun, nextRunAt }: { lastRun: RetentionRunSummary | null; nextRunAt: string }) {
  return (
    <p className="text-[13px] text-zinc-600" data-testid="retention-summary">
      Next run: <span className="text-zinc-900">{formatDateTime(nextRunAt)}</span>.{" "}
      {lastRun ? (
        <>
          Last run {formatDateTime(lastRun.finishedAt)}: removed{" "}
          {describeDeletion({ sessionsToDelete: lastRun.sessionsDeleted, mediaFilesToRemove: lastRun.mediaFilesRemoved })}.
        </>
      ) : (
        "It has not run for this project yet."
      )}
    </p>
  );
}
