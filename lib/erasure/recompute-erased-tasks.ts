// The tasks the person's signals fed: counts and priorities recomputed from the evidence that is
// left. A task left with no evidence is kept (it may be planned, in progress or implemented) and
// says so at the top of its description, which the task page and board show; its signal count is 0
// and its priority drops to the bottom. The receipt and the audit entry count them.
import { db } from "@/lib/db";
import { recomputeTaskPriority } from "@/lib/tasks/recompute-task-priority";
import { addToReceipt } from "./add-to-receipt";
import { readProgress, requirePlan } from "./erasure-state";
import { lockErasure } from "./lock-erasure";

export const NO_EVIDENCE_NOTE = "All evidence behind this task was erased at a participant's request";

export function noEvidenceNote(on: Date): string {
  return `> ${NO_EVIDENCE_NOTE} on ${on.toISOString().slice(0, 10)}. The task is kept; new sessions can support it again.`;
}

export async function recomputeErasedTasks(input: { erasureId: string; now?: Date }) {
  return db.$transaction(
    async (tx) => {
      const request = await lockErasure(tx, input.erasureId);
      const progress = readProgress(request.progress);
      const plan = requirePlan(progress);
      const tasks = await tx.task.findMany({ where: { projectId: request.projectId, id: { in: plan.taskIds } }, select: { id: true } });
      const left: string[] = [];
      for (const task of tasks) {
        const { signalCount } = await recomputeTaskPriority(tx, { taskId: task.id, now: input.now });
        if (signalCount > 0) continue;
        left.push(task.id);
        const { description } = await tx.task.findUniqueOrThrow({ where: { id: task.id }, select: { description: true } });
        if (!description.includes(NO_EVIDENCE_NOTE))
          await tx.task.update({
            where: { id: task.id },
            data: { description: [noEvidenceNote(input.now ?? new Date()), description].filter(Boolean).join("\n\n") },
          });
      }
      await addToReceipt(tx, request, {
        // absolute: this step may run again and must say the same
        set: { tasksRecomputed: tasks.length, tasksLeftWithoutEvidence: left.length },
        progress: {
          ...progress,
          step: "tasks",
          done: tasks.length,
          total: tasks.length,
          plan: { ...plan, tasksLeftWithoutEvidence: left },
        },
      });
      return { tasksRecomputed: tasks.length, tasksLeftWithoutEvidence: left.length };
    },
    { timeout: 60_000 },
  );
}
