import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";
import { clearSessionAnalysis } from "./clear-session-analysis";

/**
 * Reprocess a session: clear what was derived from it (signals, their task links, summary; task
 * scores recomputed) and queue session/reprocess.requested through the outbox, atomically.
 */
export async function requestReprocess(input: { projectId: string; sessionId: string; userId: string | null }) {
  const result = await db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({ where: { id: input.sessionId, projectId: input.projectId } });
    if (!session) throw notFound("Session");
    if (session.status !== "completed") throw new AppError("conflict", "Only completed sessions can be processed");
    if (session.processingStatus === "processing") throw new AppError("conflict", "This session is being processed right now; try again when it finishes");
    const cleared = await clearSessionAnalysis(tx, { sessionId: session.id });
    await tx.session.update({ where: { id: session.id }, data: { processingStatus: "pending", processingError: null, processedAt: null } });
    await tx.sessionActivity.create({ data: { sessionId: session.id, kind: "reprocess_requested", data: { by: input.userId, ...cleared } } });
    const event = await enqueueEvent(tx, { name: "session/reprocess.requested", data: { sessionId: session.id, projectId: session.projectId, requestedBy: input.userId } });
    return { sessionId: session.id, processingStatus: "pending" as const, outboxEventId: event.id, ...cleared };
  });
  kickOutboxDispatch();
  return result;
}
