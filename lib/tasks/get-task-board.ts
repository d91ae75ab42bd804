import type { TaskStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { offsetCursor } from "./list-tasks";
import { TASK_STATUSES } from "./schemas";

/**
 * Cards per column on first load; each column pages on with "Show more" (GET …/tasks?status=, 20 at
 * a time). Eight keep the board's HTML under 150 KB (six columns; ~1.9 KB of markup per card).
 */
export const BOARD_COLUMN_LIMIT = 8;

const cardSelect = {
  id: true,
  title: true,
  type: true,
  status: true,
  effort: true,
  priorityScore: true,
  priorityLabel: true,
  signalCount: true,
  sessionCount: true,
} as const;

/**
 * The task board: for every status, the highest-priority cards (same order as the list API with
 * sort=priority, so "Show more" continues where the column stops) and how many there are in all.
 * Seven queries whatever the number of tasks: one per column on the (projectId, status,
 * priorityScore) index, and one GROUP BY for the totals.
 */
export async function getTaskBoard(input: { projectId: string; perColumn?: number }) {
  const take = input.perColumn ?? BOARD_COLUMN_LIMIT;
  const [counts, ...columns] = await Promise.all([
    db.task.groupBy({ by: ["status"], where: { projectId: input.projectId }, _count: { _all: true } }),
    ...TASK_STATUSES.map((status) =>
      db.task.findMany({
        where: { projectId: input.projectId, status },
        orderBy: [{ priorityScore: "desc" }, { id: "asc" }],
        take,
        select: cardSelect,
      }),
    ),
  ]);
  const totals = new Map(counts.map((c) => [c.status, c._count._all]));
  return TASK_STATUSES.map((status, i) => {
    const total = totals.get(status) ?? 0;
    return { status: status as TaskStatus, tasks: columns[i], total, nextCursor: total > take ? offsetCursor(take) : null };
  });
}

export type TaskBoard = Awaited<ReturnType<typeof getTaskBoard>>;
export type TaskCardData = TaskBoard[number]["tasks"][number];
