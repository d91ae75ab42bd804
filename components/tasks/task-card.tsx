"use client";

import { useDraggable } from "@dnd-kit/core";
import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { BoardCard } from "./board-state";
import { EFFORT_LABELS, TASK_TYPE_LABELS } from "./labels";
import { PriorityBadge } from "./priority-badge";

function CardContent({ projectId, task, handle }: { projectId: string; task: BoardCard; handle?: React.ReactNode }) {
  return (
    <>
      <div className="flex items-start gap-2">
        <Link
          href={`/projects/${projectId}/tasks/${task.id}`}
          className="min-w-0 flex-1 text-[13px] leading-snug font-medium text-zinc-900 hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {task.title}
        </Link>
        {handle}
      </div>
      <div className="mt-2.5 flex flex-wrap items-center gap-x-2 gap-y-1.5">
        <PriorityBadge label={task.priorityLabel} score={task.priorityScore} />
        <span className="text-xs text-zinc-500">{TASK_TYPE_LABELS[task.type]}</span>
        {task.effort && (
          <span className="rounded bg-zinc-100 px-1.5 text-[11px] font-medium text-zinc-600">{EFFORT_LABELS[task.effort]}</span>
        )}
      </div>
      <p className="mt-2 flex gap-3 text-xs text-zinc-500 tabular-nums" data-testid="card-counts">
        <span title="Signals (quotes) linked to this task">
          <strong className="font-medium text-zinc-700">{task.signalCount}</strong>
          {task.signalCount === 1 ? " signal" : " signals"}
        </span>
        <span title="Sessions those signals come from">
          <strong className="font-medium text-zinc-700">{task.sessionCount}</strong>
          {task.sessionCount === 1 ? " session" : " sessions"}
        </span>
      </p>
    </>
  );
}

const cardClass = "rounded-md border border-zinc-200 bg-white p-3 shadow-xs";

/** A card people without edit rights see: no handle, nothing to drag. */
export function StaticTaskCard({ projectId, task }: { projectId: string; task: BoardCard }) {
  return (
    <article className={cardClass} data-testid="task-card" aria-label={task.title}>
      <CardContent projectId={projectId} task={task} />
    </article>
  );
}

/**
 * A draggable card. The pointer can grab it anywhere (a click without moving still follows the
 * link); the keyboard picks it up from its handle (Space/Enter), moves it with ←/→ and drops it
 * with Space/Enter, Escape cancels.
 */
export function DraggableTaskCard({ projectId, task, saving }: { projectId: string; task: BoardCard; saving: boolean }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: task.id,
    data: { status: task.status, title: task.title },
  });
  return (
    <article
      ref={setNodeRef}
      {...listeners}
      className={cx(
        cardClass,
        "cursor-grab touch-none transition-shadow hover:border-zinc-300 hover:shadow-sm",
        isDragging && "opacity-40",
        saving && "animate-pulse",
      )}
      data-testid="task-card"
      aria-label={task.title}
      aria-busy={saving || undefined}
    >
      <CardContent
        projectId={projectId}
        task={task}
        handle={
          <button
            ref={setActivatorNodeRef}
            type="button"
            {...attributes}
            aria-label={`Move “${task.title}”`}
            className="-mt-0.5 -mr-1 grid size-6 shrink-0 cursor-grab place-items-center rounded text-zinc-500 hover:bg-zinc-100 hover:text-zinc-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            {/* six dots as one path (zero-length strokes with round caps): a fifth of the markup of six circles, on every card */}
            <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
              <path d="M7 5h0M13 5h0M7 10h0M13 10h0M7 15h0M13 15h0" stroke="currentColor" strokeWidth="2.8" strokeLinecap="round" />
            </svg>
          </button>
        }
      />
    </article>
  );
}

/** What follows the pointer while dragging. */
export function TaskCardOverlay({ projectId, task }: { projectId: string; task: BoardCard }) {
  return (
    <div className={cx(cardClass, "w-64 rotate-1 cursor-grabbing shadow-lg ring-1 ring-indigo-200")}>
      <CardContent projectId={projectId} task={task} />
    </div>
  );
}
