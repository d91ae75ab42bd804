import { db } from "@/lib/db";
import { emitProjectEvent } from "@/lib/integrations/emit-project-event";

/**
 * Records a final failure (retries exhausted, or a non-retriable error): the session shows `failed`
 * with a reason a person can act on. Attempts that will be retried never come here.
 */
export async function failProcessingRun(input: { sessionId: string; reason: string; inngestRunId?: string | null }) {
  const reason = input.reason.slice(0, 1000);
  await db.$transaction(async (tx) => {
    // recorded once: the step that gave up and Inngest's onFailure may both report it (inngest/step-policy.ts)
    const session = await tx.session.findUnique({ where: { id: input.sessionId }, select: { processingStatus: true } });
    if (!session || session.processingStatus === "failed") return;
    const run = await tx.processingRun.findFirst({
      where: { sessionId: input.sessionId, status: "running", ...(input.inngestRunId ? { inngestRunId: input.inngestRunId } : {}) },
      orderBy: { startedAt: "desc" },
    });
    if (!run && input.inngestRunId) {
      // this Inngest run's processing run was already closed — superseded by a newer run, which owns
      // the session's status now — so its failure is its own, not the session's
      const closed = await tx.processingRun.findFirst({
        where: { sessionId: input.sessionId, inngestRunId: input.inngestRunId },
        select: { id: true },
      });
      if (closed) return;
    }
    if (run) await tx.processingRun.update({ where: { id: run.id }, data: { status: "failed", finishedAt: new Date(), error: reason } });
    const failed = await tx.session.update({
      where: { id: input.sessionId },
      data: { processingStatus: "failed", processingError: reason },
    });
    await tx.sessionActivity.create({
      data: { sessionId: input.sessionId, kind: "processing_failed", message: reason, data: { runId: run?.id ?? null } },
    });
    // once: a session already failed returned above
    await emitProjectEvent(tx, {
      projectId: failed.projectId,
      type: "session.failed",
      messageId: `session.failed.${run?.id ?? `${input.sessionId}.${Date.now()}`}`,
      // no reason: provider errors may echo transcript text, and the dashboard shows it to members
      data: { sessionId: input.sessionId, runId: run?.id ?? null },
    });
  });
}
