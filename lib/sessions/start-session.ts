import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/**
 * Marks a participant session active (the interview or recording has begun). Idempotent: starting
 * an active session returns it unchanged; an ended session cannot be restarted (409).
 */
export async function startSession(input: {
  sessionId: string;
  participantName?: string | null;
  participantEmail?: string | null;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { id: input.sessionId } });
    if (!session) throw notFound("Session");
    if (session.status === "completed" || session.status === "abandoned") throw new AppError("conflict", "This session has already ended");
    const data = {
      ...(input.participantName ? { participantName: input.participantName } : {}),
      ...(input.participantEmail ? { participantEmail: input.participantEmail.toLowerCase() } : {}),
    };
    if (session.status === "active") {
      return Object.keys(data).length ? tx.session.update({ where: { id: session.id }, data }) : session;
    }
    const started = await tx.session.update({
      where: { id: session.id },
      data: { ...data, status: "active", startedAt: session.startedAt ?? now },
    });
    await tx.sessionActivity.create({ data: { sessionId: session.id, kind: "started" } });
    return started;
  });
}
