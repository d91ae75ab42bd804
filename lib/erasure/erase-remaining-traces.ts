// After the planned sessions: whatever of the person is still there. Sessions that appeared since
// the plan was made (an interview that was still going, a session an integration created meanwhile)
// are erased like the others, and every screener response still matching the email goes with its
// answers (those that led to no session: disqualified, or their session was deleted earlier).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openParticipantEmail } from "@/lib/privacy/participant-email";
import { addToReceipt } from "./add-to-receipt";
import { eraseParticipantSession } from "./erase-participant-session";
import { readProgress, requirePlan } from "./erasure-state";
import { lockErasure } from "./lock-erasure";
import { matchingResponses, matchingSessionIds } from "./participant-matches";

export async function eraseRemainingTraces(input: { erasureId: string }) {
  const request = await db.erasureRequest.findUniqueOrThrow({ where: { id: input.erasureId } });
  if (!request.emailCiphertext) throw new AppError("conflict", "The erasure request no longer holds the email to look for");
  const email = openParticipantEmail(request.emailCiphertext);
  const late = await matchingSessionIds(db, request.projectId, email, []);
  // each in its own transaction, counted with its deletion, exactly like a planned session
  for (const sessionId of late) await eraseParticipantSession({ erasureId: input.erasureId, sessionId });

  return db.$transaction(async (tx) => {
    const locked = await lockErasure(tx, input.erasureId);
    const progress = readProgress(locked.progress);
    const plan = requirePlan(progress);
    const now = await matchingResponses(tx, locked.projectId, email);
    const ids = [...new Set([...plan.responseIds, ...now.map((r) => r.id)])];
    const { count } = await tx.screenerResponse.deleteMany({ where: { projectId: locked.projectId, id: { in: ids } } });
    await addToReceipt(tx, locked, {
      add: { screenerResponses: count },
      progress: { ...progress, step: "responses", done: ids.length, total: ids.length },
    });
    return { lateSessions: late.length, responsesDeleted: count };
  });
}
