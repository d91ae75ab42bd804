"use client";

import { useDroppable } from "@dnd-kit/core";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { BoardColumn as Column } from "./board-state";
import { TASK_STATUS_COLORS, TASK_STATUS_LABELS } from "./labels";

/** One status column: heading with the total, the cards, and "Show more" when the server has more. */
export function BoardColumn({
  column,
  canEdit,
  loadingMore,
  onShowMore,
  children,
}: {
  column: Column;
  canEdit: boolean;
  loadingMore: boolean;
  onShowMore: () => void;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status, disabled: !canEdit });
  const label = TASK_STATUS_LABELS[column.status];
  const headingId = `column-${column.status}-heading`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`column-${column.status}`}
      data-status={column.status}
      className={cx(
        // share the board's width: all six fit in the dashboard's 1104 px (1440 px screens); narrower, they keep 10.5rem and the board scrolls;
        // on a phone one column fills most of the width (cards readable) with the next one peeking, and snaps into place
        "flex min-w-[10.5rem] flex-1 basis-0 snap-start flex-col rounded-lg border bg-zinc-50/80 transition-colors max-sm:min-w-[82%]",
        isOver ? "border-indigo-300 bg-indigo-50/60 ring-2 ring-indigo-200" : "border-zinc-200",
      )}
    >
      <header className="flex items-center justify-between gap-2 px-3 pt-3 pb-2">
        <h2 id={headingId} className="flex items-center gap-2 text-[13px] font-semibold text-zinc-800">
          <span className="size-2 rounded-full" style={{ backgroundColor: TASK_STATUS_COLORS[column.status] }} aria-hidden="true" />
          {label}
        </h2>
        <span
          className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-zinc-600 tabular-nums ring-1 ring-zinc-200"
          data-testid="column-total"
        >
          {column.total.toLocaleString("en-US")}
        </span>
      </header>
      <div className="flex min-h-24 flex-1 flex-col gap-2 px-2 pb-2">
        {column.tasks.length === 0 ? (
          <p className="grid flex-1 place-items-center rounded-md border border-dashed border-zinc-300 px-3 py-6 text-center text-xs text-zinc-500">
            {canEdit ? "Drop tasks here" : "No tasks"}
          </p>
        ) : (
          children
        )}
        {column.nextCursor && (
          <Button variant="ghost" size="sm" pending={loadingMore} onClick={onShowMore} className="w-full">
            Show more
            <span className="sr-only"> in {label}</span>
            <span className="text-zinc-500 tabular-nums">({(column.total - column.tasks.length).toLocaleString("en-US")})</span>
          </Button>
        )}
      </div>
    </section>
  );
}
