import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { redactText } from "@/lib/privacy/redact-pii";
import type { PriorityBreakdown } from "./priority";

/** Evidence shown on the task page; the rest is one click away in the signals explorer. */
export const TASK_VIEW_EVIDENCE_LIMIT = 20;
/** Status history entries shown; a task moved more often than this is rare and the oldest matter least. */
export const TASK_VIEW_HISTORY_LIMIT = 50;

const EMPTY_BREAKDOWN: PriorityBreakdown = { frequency: 0, recency: 0, intensity: 0, breadth: 0, urgency: 0 };

/**
 * Everything the task page shows, in a fixed number of queries whatever the amount of evidence:
 * the task, its strongest evidence (bounded, with each quote's session and moment), and its recent
 * status history with who made each change.
 */
export async function getTaskView(input: { projectId: string; taskId: string }) {
  const task = await db.task.findFirst({ where: { id: input.taskId, projectId: input.projectId } });
  if (!task) throw notFound("Task");
  const [links, history] = await Promise.all([
    db.taskSignal.findMany({
      where: { taskId: task.id },
      // strongest evidence first, newest among equals: the link's copies of the signal's values
      // are indexed with the task (a 20-row index range, even for a task with thousands of signals)
      orderBy: [{ signalIntensity: "desc" }, { signalCreatedAt: "desc" }],
      take: TASK_VIEW_EVIDENCE_LIMIT,
      select: {
        signal: {
          select: {
            id: true,
            type: true,
            quote: true,
            language: true,
            translation: true,
            context: true,
            intensity: true,
            confidence: true,
            offsetMs: true,
            createdAt: true,
            session: { select: { id: true, participantName: true, participantEmail: true } },
          },
        },
      },
    }),
    db.taskStatusChange.findMany({
      where: { taskId: task.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: TASK_VIEW_HISTORY_LIMIT,
      select: { id: true, fromStatus: true, toStatus: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  const stored = (task.priorityBreakdown ?? {}) as Partial<PriorityBreakdown>;
  return {
    task: { ...task, priorityBreakdown: { ...EMPTY_BREAKDOWN, ...stored } },
    // quotes are stored redacted since ADR 015; older ones are redacted here, for everyone
    evidence: links.map((l) => ({
      ...l.signal,
      quote: redactText(l.signal.quote),
      translation: l.signal.translation && redactText(l.signal.translation),
    })),
    history,
  };
}

export type TaskView = Awaited<ReturnType<typeof getTaskView>>;
