import { db } from "@/lib/db";
import { emitProjectEvent } from "@/lib/integrations/emit-project-event";
import { assertRunHoldsSession } from "./session-run-lock";

/** Closes a run successfully (or as skipped) and marks the session processed. */
export async function finishProcessingRun(input: { runId: string; skipped?: string | null }) {
  await db.$transaction(async (tx) => {
    const before = await tx.processingRun.findUniqueOrThrow({ where: { id: input.runId }, select: { sessionId: true, status: true } });
    const { sessionId } = before;
    await assertRunHoldsSession(tx, { sessionId, runId: input.runId });
    const run = await tx.processingRun.update({
      where: { id: input.runId },
      data: { status: input.skipped ? "skipped" : "succeeded", finishedAt: new Date(), error: input.skipped ?? null },
    });
    const session = await tx.session.update({
      where: { id: run.sessionId },
      data: { processingStatus: "processed", processedAt: new Date(), processingError: null },
    });
    await tx.sessionActivity.create({
      data: {
        sessionId: run.sessionId,
        kind: "processed",
        message: input.skipped ?? null,
        data: { runId: run.id, signalCount: session.signalCount },
      },
    });
    // announced once per run: a retried step finds the run already closed
    if (before.status === "running") {
      await emitProjectEvent(tx, {
        projectId: session.projectId,
        type: "session.processed",
        messageId: `session.processed.${run.id}`,
        data: { sessionId: session.id, runId: run.id, signalCount: session.signalCount, skipped: Boolean(input.skipped) },
      });
    }
  });
}
