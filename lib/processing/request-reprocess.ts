import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";
import { clearSessionAnalysis } from "./clear-session-analysis";

/** Processing with no progress for this long counts as stuck and may be reprocessed. */
export const STUCK_AFTER_MS = 30 * 60_000;

/**
 * Reprocess a session: clear what was derived from it (signals, their task links, summary; task
 * scores recomputed) and queue session/reprocess.requested through the outbox, atomically.
 */
export async function requestReprocess(input: { projectId: string; sessionId: string; userId: string | null }) {
  const result = await db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({ where: { id: input.sessionId, projectId: input.projectId } });
    if (!session) throw notFound("Session");
    if (session.status !== "completed" && session.status !== "abandoned")
      throw new AppError("conflict", "Only ended sessions (completed or abandoned) can be processed");
    if (session.processingStatus === "processing") {
      // a run that has shown no progress for a while was lost (e.g. its Inngest run was cancelled):
      // it may be reprocessed; a live one may not
      const lastStep = await tx.processingStep.findFirst({
        where: { run: { sessionId: session.id } },
        orderBy: { startedAt: "desc" },
        select: { startedAt: true, finishedAt: true },
      });
      const lastRun = await tx.processingRun.findFirst({
        where: { sessionId: session.id },
        orderBy: { startedAt: "desc" },
        select: { startedAt: true },
      });
      const lastProgress = Math.max(
        lastStep?.finishedAt?.getTime() ?? 0,
        lastStep?.startedAt.getTime() ?? 0,
        lastRun?.startedAt.getTime() ?? 0,
        session.updatedAt.getTime(),
      );
      if (Date.now() - lastProgress < STUCK_AFTER_MS) {
        throw new AppError("conflict", "This session is being processed right now; try again when it finishes");
      }
      await tx.processingRun.updateMany({
        where: { sessionId: session.id, status: "running" },
        data: { status: "failed", finishedAt: new Date(), error: "Abandoned: no progress, reprocess requested" },
      });
    }
    const cleared = await clearSessionAnalysis(tx, { sessionId: session.id });
    await tx.session.update({ where: { id: session.id }, data: { processingStatus: "pending", processingError: null, processedAt: null } });
    await tx.sessionActivity.create({
      data: { sessionId: session.id, kind: "reprocess_requested", data: { by: input.userId, ...cleared } },
    });
    const event = await enqueueEvent(tx, {
      name: "session/reprocess.requested",
      data: { sessionId: session.id, projectId: session.projectId, requestedBy: input.userId },
    });
    return { sessionId: session.id, processingStatus: "pending" as const, outboxEventId: event.id, ...cleared };
  });
  kickOutboxDispatch();
  return result;
}
