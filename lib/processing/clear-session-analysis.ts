import type { DbClient } from "@/lib/db";
import { recomputeTaskPriority } from "@/lib/tasks/recompute-task-priority";

/**
 * Removes what processing derived from a session — its signals (and so their task links), its
 * summary and signal count — and recomputes the tasks that lost evidence. Tasks left with no
 * evidence that nobody has touched (still in backlog, no status change, no implementation) are
 * deleted, so reprocessing re-creates them instead of leaving empty duplicates behind.
 * Run inside a transaction.
 */
export async function clearSessionAnalysis(tx: DbClient, input: { sessionId: string; keepSummary?: boolean }) {
  const links = await tx.taskSignal.findMany({ where: { signal: { sessionId: input.sessionId } }, select: { taskId: true } });
  const touched = [...new Set(links.map((l) => l.taskId))];
  const { count } = await tx.signal.deleteMany({ where: { sessionId: input.sessionId } });
  await tx.session.update({ where: { id: input.sessionId }, data: { signalCount: 0, ...(input.keepSummary ? {} : { summary: null }) } });
  if (touched.length) {
    await tx.task.deleteMany({
      where: { id: { in: touched }, status: "backlog", signals: { none: {} }, statusChanges: { none: {} }, implementations: { none: {} } },
    });
    const remaining = await tx.task.findMany({ where: { id: { in: touched } }, select: { id: true } });
    for (const t of remaining) await recomputeTaskPriority(tx, { taskId: t.id });
  }
  return { signalsRemoved: count, tasksTouched: touched.length };
}
