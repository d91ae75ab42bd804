// The participant presses End: the session completes and its processing is queued (through the
// outbox, by endSession). Idempotent.
import type { PublicKeyCaller } from "@/lib/access/public-key";
import { endSession } from "@/lib/sessions/end-session";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";

export async function endInterview(input: { caller: PublicKeyCaller; sessionId: string; now?: Date }) {
  await getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId });
  const { session, changed } = await endSession({ sessionId: input.sessionId, reason: "ended", now: input.now });
  return {
    session: {
      id: session.id,
      status: session.status,
      completedAt: session.completedAt?.toISOString() ?? null,
      processingStatus: session.processingStatus,
    },
    changed,
  };
}
