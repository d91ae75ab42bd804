import Link from "next/link";
import { TASK_STATUS_COLORS, TASK_STATUS_LABELS, TASK_STATUS_ORDER } from "@/components/tasks/labels";
import type { TaskStatus } from "@/generated/prisma/enums";

/** Tasks by status: one stacked bar for the shape of the pipeline, and the numbers under it. */
export function TaskPipeline({ projectId, counts }: { projectId: string; counts: Record<TaskStatus, number> }) {
  const total = TASK_STATUS_ORDER.reduce((a, s) => a + counts[s], 0);
  return (
    <div className="space-y-4">
      <div className="flex h-3 overflow-hidden rounded-full bg-zinc-100" aria-hidden="true">
        {total > 0 &&
          TASK_STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => (
            <div
              key={s}
              style={{ width: `${(counts[s] / total) * 100}%`, backgroundColor: TASK_STATUS_COLORS[s] }}
              title={`${TASK_STATUS_LABELS[s]}: ${counts[s]}`}
            />
          ))}
      </div>
      <dl className="grid grid-cols-3 gap-x-4 gap-y-3 sm:grid-cols-6">
        {TASK_STATUS_ORDER.map((s) => (
          <div key={s} data-testid={`pipeline-${s}`}>
            <dt className="flex items-center gap-1.5 text-xs text-zinc-500">
              <span className="size-2 rounded-full" style={{ backgroundColor: TASK_STATUS_COLORS[s] }} aria-hidden="true" />
              {TASK_STATUS_LABELS[s]}
            </dt>
            <dd className="mt-0.5 text-lg font-semibold text-zinc-900 tabular-nums">{counts[s].toLocaleString("en-US")}</dd>
          </div>
        ))}
      </dl>
      <Link
        href={`/projects/${projectId}/tasks`}
        className="inline-block text-[13px] font-medium text-indigo-700 hover:text-indigo-900 hover:underline"
      >
        Open the task board →
      </Link>
    </div>
  );
}
