import { db } from "@/lib/db";
import { emitProjectEvent } from "@/lib/integrations/emit-project-event";
import { planTaskMatches } from "./match-signals";

const OPEN_STATUSES = ["backlog", "ready", "in_progress", "in_review"] as const;

/**
 * Links new signals to the project's open tasks, or creates tasks for new problems (see
 * match-signals.ts). Returns the ids of every task that gained evidence. Idempotent per signal:
 * signals that already have a task are left alone.
 */
export async function assignSignalsToTasks(input: { projectId: string; signalIds: string[] }): Promise<string[]> {
  if (input.signalIds.length === 0) return [];
  return db.$transaction(async (tx) => {
    const signals = await tx.signal.findMany({
      where: { id: { in: input.signalIds }, projectId: input.projectId, tasks: { none: {} } },
      select: { id: true, type: true, topic: true, quote: true, analysis: true, intensity: true },
      orderBy: { offsetMs: "asc" },
    });
    if (signals.length === 0) return [];
    const openTasks = await tx.task.findMany({
      where: { projectId: input.projectId, status: { in: [...OPEN_STATUSES] } },
      select: { id: true, title: true, signals: { select: { signal: { select: { topic: true } } }, take: 50 } },
    });
    const plan = planTaskMatches(
      signals.map((s) => ({ ...s, topic: s.topic ?? s.quote, analysis: s.analysis ?? "" })),
      openTasks.map((t) => ({
        id: t.id,
        title: t.title,
        topics: t.signals.map((l) => l.signal.topic).filter((x): x is string => Boolean(x)),
      })),
    );
    const touched = new Set(plan.links.map((l) => l.taskId));
    if (plan.links.length) await tx.taskSignal.createMany({ data: plan.links, skipDuplicates: true });
    for (const t of plan.newTasks) {
      const task = await tx.task.create({
        data: {
          projectId: input.projectId,
          title: t.title,
          description: t.description,
          type: t.type,
          signals: { create: t.signalIds.map((signalId) => ({ signalId })) },
        },
      });
      touched.add(task.id);
      await emitProjectEvent(tx, {
        projectId: input.projectId,
        type: "task.created",
        messageId: `task.created.${task.id}`,
        data: { taskId: task.id, title: task.title, taskType: task.type, status: task.status, signalCount: t.signalIds.length },
      });
    }
    return [...touched];
  });
}
