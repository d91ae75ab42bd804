import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { claimSessionForRun } from "./session-run-lock";

export type RunTrigger = "completed" | "reprocess";

/**
 * Opens a processing run: the session shows `processing` from here on. Also decides whether there
 * is anything to analyse (no messages and no audio → the run is skipped, with the reason recorded).
 */
export async function startProcessingRun(input: {
  sessionId: string;
  trigger: RunTrigger;
  eventId?: string | null;
  inngestRunId?: string | null;
  attempt?: number;
}) {
  return db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({
      where: { id: input.sessionId },
      select: { id: true, projectId: true, purpose: true, _count: { select: { messages: true, chunks: { where: { kind: "audio" } } } } },
    });
    if (!session) throw notFound("Session");
    const nothingToAnalyse = session._count.messages === 0 && session._count.chunks === 0;
    const skipReason = nothingToAnalyse ? "The session has no messages and no audio to analyse" : null;
    // a retried "start" of the same Inngest run resumes its run; any other open run is superseded
    const resumed = await claimSessionForRun(tx, { sessionId: session.id, inngestRunId: input.inngestRunId ?? null });
    if (resumed) return { runId: resumed, projectId: session.projectId, purpose: session.purpose, skipReason };
    const run = await tx.processingRun.create({
      data: {
        projectId: session.projectId,
        sessionId: session.id,
        trigger: input.trigger,
        eventId: input.eventId ?? null,
        inngestRunId: input.inngestRunId ?? null,
        attempt: input.attempt ?? 0,
      },
    });
    await tx.session.update({ where: { id: session.id }, data: { processingStatus: "processing", processingError: null } });
    await tx.sessionActivity.create({
      data: { sessionId: session.id, kind: "processing_started", data: { runId: run.id, trigger: input.trigger } },
    });
    return { runId: run.id, projectId: session.projectId, purpose: session.purpose, skipReason };
  });
}
