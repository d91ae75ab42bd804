import type { PublicKeyCaller } from "@/lib/access/public-key";
import { endSession } from "@/lib/sessions/end-session";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";

/** Ends the participant's session (queues its processing). Idempotent: ending an ended session changes nothing. */
export async function endSdkSession(input: { caller: PublicKeyCaller; sessionId: string }) {
  await getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId });
  const { session } = await endSession({ sessionId: input.sessionId, reason: "ended" });
  return { sessionId: session.id, status: session.status, completedAt: session.completedAt?.toISOString() ?? null };
}
