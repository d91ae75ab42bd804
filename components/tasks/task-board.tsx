"use client";

import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { useCallback, useRef, useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { Alert } from "@/components/ui/alert";
import type { TaskStatus } from "@/generated/prisma/enums";
import { appendPage, type Board, type BoardCard, persistMove } from "./board-state";
import { BoardColumn } from "./board-column";
import { TASK_STATUS_LABELS, TASK_STATUS_ORDER } from "./labels";
import { DraggableTaskCard, StaticTaskCard, TaskCardOverlay } from "./task-card";
import { revealColumn, useHiddenColumns } from "./use-hidden-columns";

const PAGE_SIZE = 20;

// The pointer decides where a card lands; the keyboard has no pointer, so it falls back to the
// column the moved card overlaps most.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

/** The column ←/→ aims a picked-up card at, or undefined at either end of the board. */
function neighbourColumn(event: KeyboardEvent, current: TaskStatus | undefined): TaskStatus | undefined {
  const step = event.code === "ArrowRight" ? 1 : event.code === "ArrowLeft" ? -1 : 0;
  return step && current ? TASK_STATUS_ORDER[TASK_STATUS_ORDER.indexOf(current) + step] : undefined;
}

const statusName = (id: unknown) => TASK_STATUS_LABELS[id as TaskStatus] ?? String(id);

/**
 * The task board: drag cards between statuses (pointer or keyboard). A move shows at once and is
 * saved with PATCH …/tasks/:id { status }; when saving fails the card returns and the reason shows.
 */
export function TaskBoard({ projectId, initial, canEdit }: { projectId: string; initial: Board; canEdit: boolean }) {
  const [board, setBoard] = useState(initial);
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [saving, setSaving] = useState<Set<string>>(new Set());
  const [loadingMore, setLoadingMore] = useState<TaskStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  // ←/→ jump a picked-up card to the neighbouring column (instead of 25-pixel steps). The aimed-at
  // column is kept here rather than read from dnd-kit's `over`, which follows React's render: on a
  // busy machine two quick presses (or a press, then Space) would otherwise start from — or drop
  // on — a column the card has already left.
  const keyboardTargetRef = useRef<TaskStatus | null>(null);
  const columnJumps = useCallback<KeyboardCoordinateGetter>((event, { context }) => {
    if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") return undefined;
    event.preventDefault();
    const next = neighbourColumn(event, keyboardTargetRef.current ?? (context.active?.data.current?.status as TaskStatus | undefined));
    const rect = next ? context.droppableRects.get(next) : undefined;
    if (!next || !rect) return undefined;
    keyboardTargetRef.current = next;
    return { x: rect.left + 8, y: rect.top + 44 };
  }, []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJumps }),
  );
  const scrollerRef = useRef<HTMLDivElement>(null);
  const hidden = useHiddenColumns(scrollerRef);
  const titleOf = (id: unknown) => board.flatMap((c) => c.tasks).find((t) => t.id === id)?.title ?? "the task";

  function onDragStart(e: DragStartEvent) {
    keyboardTargetRef.current = null;
    setDragging(board.flatMap((c) => c.tasks).find((t) => t.id === e.active.id) ?? null);
  }

  async function onDragEnd(e: DragEndEvent) {
    setDragging(null);
    // a keyboard drop lands where the arrow keys aimed; a pointer drop where the pointer is
    const aimed = e.activatorEvent instanceof KeyboardEvent ? keyboardTargetRef.current : null;
    keyboardTargetRef.current = null;
    const to = aimed ?? (e.over?.id as TaskStatus | undefined);
    if (!to) return;
    const taskId = String(e.active.id);
    setError(null);
    setSaving((s) => new Set(s).add(taskId));
    const result = await persistMove({
      board,
      taskId,
      to,
      update: setBoard,
      save: (id, status) => api(`/api/v1/projects/${projectId}/tasks/${id}`, { method: "PATCH", body: { status } }),
    });
    setSaving((s) => {
      const next = new Set(s);
      next.delete(taskId);
      return next;
    });
    if (result && !result.ok) {
      const reason = errorMessage(result.error).replace(/[.!]?$/, ".");
      setError(`Could not move “${titleOf(taskId)}” to ${statusName(to)}: ${reason} It is back where it was.`);
    }
  }

  async function showMore(status: TaskStatus) {
    const column = board.find((c) => c.status === status);
    if (!column?.nextCursor) return;
    setLoadingMore(status);
    setError(null);
    try {
      const params = new URLSearchParams({ status, sort: "priority", limit: String(PAGE_SIZE), cursor: column.nextCursor });
      const page = await api<{ tasks: BoardCard[]; nextCursor: string | null }>(`/api/v1/projects/${projectId}/tasks?${params}`);
      setBoard((b) => appendPage(b, status, page));
    } catch (x) {
      setError(errorMessage(x));
    } finally {
      setLoadingMore(null);
    }
  }

  const columns = (
    <div
      ref={scrollerRef}
      className="-mx-1 flex scroll-px-1 gap-3 overflow-x-auto px-1 pb-3 [scrollbar-width:thin] max-sm:snap-x max-sm:snap-mandatory"
      data-testid="task-board"
    >
      {board.map((column) => (
        <BoardColumn
          key={column.status}
          column={column}
          canEdit={canEdit}
          loadingMore={loadingMore === column.status}
          onShowMore={() => showMore(column.status)}
        >
          {column.tasks.map((task) =>
            canEdit ? (
              <DraggableTaskCard key={task.id} projectId={projectId} task={task} saving={saving.has(task.id)} />
            ) : (
              <StaticTaskCard key={task.id} projectId={projectId} task={task} />
            ),
          )}
        </BoardColumn>
      ))}
    </div>
  );

  return (
    <div className="space-y-3">
      <MoreColumns hidden={hidden} onReveal={(status, side) => revealColumn(scrollerRef.current, status, side)} />
      {error && <Alert tone="error">{error}</Alert>}
      {canEdit ? (
        <DndContext
          id="task-board"
          sensors={sensors}
          collisionDetection={collision}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => {
            keyboardTargetRef.current = null;
            setDragging(null);
          }}
          accessibility={{
            screenReaderInstructions: {
              draggable:
                "To move a task, press Space or Enter, use the left and right arrow keys to choose a column, then press Space or Enter to drop it, or Escape to cancel.",
            },
            announcements: {
              onDragStart: ({ active }) => `Picked up “${titleOf(active.id)}”.`,
              onDragOver: ({ active, over }) => (over ? `“${titleOf(active.id)}” is over ${statusName(over.id)}.` : undefined),
              onDragEnd: ({ active, over }) =>
                over
                  ? `“${titleOf(active.id)}” moved to ${statusName(over.id)}.`
                  : `“${titleOf(active.id)}” was dropped outside the board.`,
              onDragCancel: ({ active }) => `Moving “${titleOf(active.id)}” was cancelled.`,
            },
          }}
        >
          {columns}
          <DragOverlay dropAnimation={null}>{dragging ? <TaskCardOverlay projectId={projectId} task={dragging} /> : null}</DragOverlay>
        </DndContext>
      ) : (
        columns
      )}
    </div>
  );
}

/**
 * "3 more columns: In review → Done → Won't fix →": says which columns are off screen, one button
 * each that scrolls to it (the board's column switcher on a phone).
 */
function MoreColumns({
  hidden,
  onReveal,
}: {
  hidden: { left: TaskStatus[]; right: TaskStatus[] };
  onReveal: (status: TaskStatus, side: "left" | "right") => void;
}) {
  const count = hidden.left.length + hidden.right.length;
  if (count === 0) return null;
  const button =
    "min-h-6 rounded-md px-2 py-1 font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600";
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[13px] text-zinc-600" data-testid="board-more-columns">
      <span>
        {count} more {count === 1 ? "column" : "columns"}:
      </span>
      {hidden.left.map((status) => (
        <button key={status} type="button" className={button} onClick={() => onReveal(status, "left")}>
          ← {TASK_STATUS_LABELS[status]}
        </button>
      ))}
      {hidden.right.map((status) => (
        <button key={status} type="button" className={button} onClick={() => onReveal(status, "right")}>
          {TASK_STATUS_LABELS[status]} →
        </button>
      ))}
    </p>
  );
}
