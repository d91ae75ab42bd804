import type { DbClient } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { emitProjectEvent } from "@/lib/integrations/emit-project-event";
import { computePriority, type Priority, type PrioritySignal } from "./priority";

export interface RecomputedPriority extends Priority {
  taskId: string;
  signalCount: number;
  sessionCount: number;
}

/**
 * Recomputes a task's priority from the evidence linked to it and stores the score, label,
 * breakdown and evidence counts. Takes the client so it can run inside the caller's transaction
 * (the processing pipeline recomputes every task it touched). Throws not_found for an unknown task.
 */
export async function recomputeTaskPriority(db: DbClient, input: { taskId: string; now?: Date }): Promise<RecomputedPriority> {
  const now = input.now ?? new Date();
  const task = await db.task.findUnique({
    where: { id: input.taskId },
    select: {
      id: true,
      projectId: true,
      priorityLabel: true,
      signals: {
        select: {
          signal: {
            select: {
              type: true,
              intensity: true,
              confidence: true,
              createdAt: true,
              sessionId: true,
              session: { select: { participantEmail: true, externalId: true } },
            },
          },
        },
      },
    },
  });
  if (!task) throw notFound("Task");

  const signals: PrioritySignal[] = task.signals.map(({ signal }) => ({
    type: signal.type,
    intensity: signal.intensity,
    confidence: signal.confidence,
    createdAt: signal.createdAt,
    sessionId: signal.sessionId,
    participantKey: participantKey(signal.sessionId, signal.session),
  }));
  const priority = computePriority(signals, now);
  const signalCount = signals.length;
  const sessionCount = new Set(signals.map((s) => s.sessionId)).size;

  await db.task.update({
    where: { id: task.id },
    data: {
      priorityScore: priority.score,
      priorityLabel: priority.label,
      priorityBreakdown: priority.breakdown,
      signalCount,
      sessionCount,
    },
  });
  // the label, not the score: subscribers hear of a task that moved between low/medium/high/critical
  if (priority.label !== task.priorityLabel) {
    await emitProjectEvent(db, {
      projectId: task.projectId,
      type: "task.priority_changed",
      messageId: `task.priority_changed.${task.id}.${now.getTime()}.${priority.label}`,
      data: { taskId: task.id, from: task.priorityLabel, to: priority.label, score: priority.score, signalCount, sessionCount },
    });
  }
  return { taskId: task.id, ...priority, signalCount, sessionCount };
}

/** Who a session's participant is, for breadth: the same person interviewed twice counts once. */
function participantKey(sessionId: string, session: { participantEmail: string | null; externalId: string | null }): string {
  if (session.participantEmail) return `email:${session.participantEmail.trim().toLowerCase()}`;
  if (session.externalId) return `external:${session.externalId}`;
  return `session:${sessionId}`;
}
