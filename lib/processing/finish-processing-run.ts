import { db } from "@/lib/db";
import { assertRunHoldsSession } from "./session-run-lock";

/** Closes a run successfully (or as skipped) and marks the session processed. */
export async function finishProcessingRun(input: { runId: string; skipped?: string | null }) {
  await db.$transaction(async (tx) => {
    const { sessionId } = await tx.processingRun.findUniqueOrThrow({ where: { id: input.runId }, select: { sessionId: true } });
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
  });
}
