// The board's client state and its moves, free of React so the optimistic update and its rollback
// are tested without a browser (tests/api/tasks-board.test.ts).
import type { TaskStatus } from "@/generated/prisma/enums";
import type { TaskCardData } from "@/lib/tasks/get-task-board";

export type BoardCard = TaskCardData;

export interface BoardColumn {
  status: TaskStatus;
  tasks: BoardCard[];
  /** every task with this status, shown or not */
  total: number;
  nextCursor: string | null;
}

export type Board = BoardColumn[];

/** Same order as the server: priority, then id. */
const byPriority = (a: BoardCard, b: BoardCard) => b.priorityScore - a.priorityScore || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function columnOf(board: Board, taskId: string): TaskStatus | null {
  return board.find((c) => c.tasks.some((t) => t.id === taskId))?.status ?? null;
}

/** The card moved to `to`, placed by priority; totals follow. Unknown tasks or no-op moves return the board unchanged. */
export function moveCard(board: Board, taskId: string, to: TaskStatus): Board {
  const from = columnOf(board, taskId);
  if (!from || from === to) return board;
  const card = board.find((c) => c.status === from)!.tasks.find((t) => t.id === taskId)!;
  return board.map((c) => {
    if (c.status === from) return { ...c, tasks: c.tasks.filter((t) => t.id !== taskId), total: c.total - 1 };
    if (c.status === to) return { ...c, tasks: [...c.tasks, { ...card, status: to }].sort(byPriority), total: c.total + 1 };
    return c;
  });
}

/** Appends a page of a column ("Show more"), skipping cards already on the board (moved in meanwhile). */
export function appendPage(board: Board, status: TaskStatus, page: { tasks: BoardCard[]; nextCursor: string | null }): Board {
  const shown = new Set(board.flatMap((c) => c.tasks.map((t) => t.id)));
  return board.map((c) =>
    c.status === status ? { ...c, tasks: [...c.tasks, ...page.tasks.filter((t) => !shown.has(t.id))], nextCursor: page.nextCursor } : c,
  );
}

export type MoveResult = { ok: true } | { ok: false; error: unknown };

/**
 * Moves a card at once (optimistic), then saves; when saving fails the card goes back to the
 * column it came from. Moving back (rather than restoring a snapshot) keeps any other move made
 * while this one was in flight.
 */
export async function persistMove(opts: {
  board: Board;
  taskId: string;
  to: TaskStatus;
  update: (change: (board: Board) => Board) => void;
  save: (taskId: string, to: TaskStatus) => Promise<unknown>;
}): Promise<MoveResult | null> {
  const from = columnOf(opts.board, opts.taskId);
  if (!from || from === opts.to) return null;
  opts.update((b) => moveCard(b, opts.taskId, opts.to));
  try {
    await opts.save(opts.taskId, opts.to);
    return { ok: true };
  } catch (error) {
    opts.update((b) => moveCard(b, opts.taskId, from));
    return { ok: false, error };
  }
}
