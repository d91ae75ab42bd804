import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";

export type EndReason = "ended" | "auto_end" | "abandoned";

/**
 * Ends a session and queues its processing, atomically: status, timing, the "ended" activity and
 * the session/completed outbox event commit together. Idempotent: ending an ended session changes
 * nothing and queues nothing.
 */
export async function endSession(input: { sessionId: string; reason: EndReason; now?: Date }) {
  const now = input.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({
      where: { id: input.sessionId },
      include: { response: { select: { screenerId: true, qualified: true } } },
    });
    if (!session) throw notFound("Session");
    if (session.status === "completed" || session.status === "abandoned")
      return { session: await tx.session.findUniqueOrThrow({ where: { id: session.id } }), changed: false };
    const status = input.reason === "abandoned" ? "abandoned" : "completed";
    const { count } = await tx.session.updateMany({
      where: { id: session.id, status: { in: ["pending", "active"] } },
      data: {
        status,
        completedAt: now,
        durationMs: session.startedAt ? Math.max(0, now.getTime() - session.startedAt.getTime()) : null,
      },
    });
    if (count === 0) return { session: await tx.session.findUniqueOrThrow({ where: { id: session.id } }), changed: false };
    await tx.sessionActivity.create({ data: { sessionId: session.id, kind: "ended", data: { reason: input.reason } } });
    // the funnel's "Completed" counts interviews of this screener's qualified respondents, the same
    // population as "Qualified" (a session opened through the API with a screenerId is not one)
    if (session.screenerId && status === "completed" && session.response?.qualified && session.response.screenerId === session.screenerId) {
      await tx.screener.update({ where: { id: session.screenerId }, data: { completionCount: { increment: 1 } } });
    }
    // a follow-up interview that ended completes its invitation (the link is then used up)
    if (status === "completed" && session.purpose === "follow_up")
      await tx.followUpInvitation.updateMany({ where: { sessionId: session.id }, data: { status: "completed", completedAt: now } });
    await enqueueEvent(tx, {
      name: "session/completed",
      data: { sessionId: session.id, projectId: session.projectId, reason: input.reason },
    });
    return { session: await tx.session.findUniqueOrThrow({ where: { id: session.id } }), changed: true };
  });
  if (result.changed) kickOutboxDispatch();
  return result;
}
