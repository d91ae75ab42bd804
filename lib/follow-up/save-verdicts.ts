// A follow-up session's verdicts, saved as a whole: the session's earlier verdicts are replaced in one
// transaction, so a retried step or a reprocessed session never duplicates them. In the same
// transaction the merged PR's verification comment is queued for an update, and when these verdicts
// are what turns the task's overall verdict (overall-verdict.ts) into "verified fixed", the
// integrations hear `task.verified` — once: a retry or a reprocess that finds the task verified
// already emits nothing. The task row is locked, so two follow-ups saved at once see each other.
import { db } from "@/lib/db";
import { emitProjectEvent } from "@/lib/integrations/emit-project-event";
import type { FollowUpTarget } from "./follow-up-target";
import { overallVerdict } from "./overall-verdict";
import { queueVerdictsUpdated } from "./queue-verdicts-updated";
import type { ValidatedVerdict } from "./verdict-output";

export async function saveVerdicts(input: {
  target: Pick<FollowUpTarget, "sessionId" | "projectId" | "taskId" | "criteria" | "implementationId">;
  verdicts: ValidatedVerdict[];
}): Promise<{ saved: number; taskVerified: boolean }> {
  const { sessionId, projectId, taskId, criteria } = input.target;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Task" WHERE "id" = ${taskId} FOR UPDATE`;
    const latest = await tx.measurement.findFirst({ where: { taskId }, orderBy: { createdAt: "desc" }, select: { verdict: true } });
    const overall = async () =>
      overallVerdict({
        criteriaCount: criteria.length,
        impact: latest?.verdict ?? null,
        verdicts: await tx.followUpVerdict.findMany({
          where: { taskId },
          select: { sessionId: true, criterionIndex: true, verdict: true, confidence: true },
        }),
      });
    const before = await overall();
    await tx.followUpVerdict.deleteMany({ where: { sessionId } });
    await tx.followUpVerdict.createMany({
      data: input.verdicts.map((v) => ({
        projectId,
        taskId,
        sessionId,
        criterionIndex: v.criterionIndex,
        criterion: v.criterion,
        verdict: v.verdict,
        quote: v.quote,
        offsetMs: v.offsetMs,
        confidence: v.confidence,
      })),
    });
    const after = await overall();
    const taskVerified = after.verdict === "verified_fixed" && before.verdict !== "verified_fixed";
    if (taskVerified) {
      const task = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: { title: true } });
      await emitProjectEvent(tx, {
        projectId,
        type: "task.verified",
        messageId: `task.verified.${taskId}.${sessionId}`,
        data: {
          taskId,
          title: task.title,
          implementationId: input.target.implementationId,
          verdict: after.verdict,
          rule: after.rule,
          reason: after.reason,
          participants: after.participants,
        },
      });
    }
    await queueVerdictsUpdated(tx, { projectId, taskId });
    return { saved: input.verdicts.length, taskVerified };
  });
}
