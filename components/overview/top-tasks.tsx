import Link from "next/link";
import { TASK_STATUS_LABELS } from "@/components/tasks/labels";
import { PriorityBadge } from "@/components/tasks/priority-badge";
import type { ProjectOverview } from "@/lib/projects/get-project-overview";

/** The open tasks that matter most right now. */
export function TopTasks({ projectId, tasks }: { projectId: string; tasks: ProjectOverview["topTasks"] }) {
  if (!tasks.length)
    return <p className="px-5 py-8 text-center text-[13px] text-zinc-500">No open tasks. Tasks appear as sessions are processed.</p>;
  return (
    <ol className="divide-y divide-zinc-100" aria-label="Top tasks by priority">
      {tasks.map((t, i) => (
        <li key={t.id} className="flex items-start gap-3 px-5 py-3" data-testid="top-task">
          <span className="mt-0.5 w-4 shrink-0 text-right text-xs font-medium text-zinc-500 tabular-nums">{i + 1}</span>
          <div className="min-w-0 flex-1">
            <Link
              href={`/projects/${projectId}/tasks/${t.id}`}
              className="text-[13px] font-medium text-zinc-900 hover:text-indigo-700 hover:underline"
            >
              {t.title}
            </Link>
            <p className="mt-0.5 text-xs text-zinc-500">
              {TASK_STATUS_LABELS[t.status]} · {t.signalCount} {t.signalCount === 1 ? "signal" : "signals"} · {t.sessionCount}{" "}
              {t.sessionCount === 1 ? "session" : "sessions"}
            </p>
          </div>
          <PriorityBadge label={t.priorityLabel} score={t.priorityScore} className="shrink-0" />
        </li>
      ))}
    </ol>
  );
}
