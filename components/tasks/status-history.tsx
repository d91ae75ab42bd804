import { Time } from "@/components/ui/time";
import type { TaskView } from "@/lib/tasks/get-task-view";
import { TASK_STATUS_LABELS } from "./labels";

/** Who moved the task where, newest first; the creation is the last line. */
export function StatusHistory({ history, createdAt }: { history: TaskView["history"]; createdAt: Date }) {
  return (
    <ol className="space-y-3 text-[13px]" aria-label="Status history">
      {history.map((h) => (
        <li key={h.id} className="flex gap-3" data-testid="history-item">
          <span className="mt-1.5 size-2 shrink-0 rounded-full bg-indigo-400" aria-hidden="true" />
          <div className="min-w-0">
            <p className="text-zinc-800">
              {h.fromStatus ? (
                <>
                  {TASK_STATUS_LABELS[h.fromStatus]} <span className="text-zinc-500">→</span>{" "}
                  <strong className="font-medium">{TASK_STATUS_LABELS[h.toStatus]}</strong>
                </>
              ) : (
                <>
                  Set to <strong className="font-medium">{TASK_STATUS_LABELS[h.toStatus]}</strong>
                </>
              )}
            </p>
            <p className="text-xs text-zinc-500">
              {h.actor?.name ?? h.actor?.email ?? "Automation"} · <Time value={h.createdAt} />
            </p>
          </div>
        </li>
      ))}
      <li className="flex gap-3">
        <span className="mt-1.5 size-2 shrink-0 rounded-full bg-zinc-300" aria-hidden="true" />
        <p className="text-xs text-zinc-500">
          Created from interview evidence · <Time value={createdAt} />
        </p>
      </li>
    </ol>
  );
}
