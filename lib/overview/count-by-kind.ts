import type { SignalType, TaskStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { TASK_STATUSES } from "@/lib/tasks/schemas";
import { SIGNAL_TYPES } from "@/lib/signals/signal-types";

/** Signals per type (GROUP BY on the (projectId, type) index); every type present, zeros included. */
export async function countSignalsByType(input: { projectId: string }): Promise<Record<SignalType, number>> {
  const rows = await db.signal.groupBy({ by: ["type"], where: { projectId: input.projectId }, _count: { _all: true } });
  const counts = Object.fromEntries(SIGNAL_TYPES.map((t) => [t, 0])) as Record<SignalType, number>;
  for (const r of rows) counts[r.type] = r._count._all;
  return counts;
}

/** Tasks per status: the pipeline from backlog to done; every status present, zeros included. */
export async function countTasksByStatus(input: { projectId: string }): Promise<Record<TaskStatus, number>> {
  const rows = await db.task.groupBy({ by: ["status"], where: { projectId: input.projectId }, _count: { _all: true } });
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}
