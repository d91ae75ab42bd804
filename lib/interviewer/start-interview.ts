// The participant presses Start: the session becomes active (with the name/email they confirmed)
// and the interviewer greets them. Without an API key nothing changes and the answer says why.
import type { PublicKeyCaller } from "@/lib/access/public-key";
import { requireAnthropic } from "@/lib/ai/anthropic";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";
import { startSession } from "@/lib/sessions/start-session";
import type { GenerateOptions } from "./generate-reply";
import { openInterview } from "./open-interview";
import { toMessageView } from "./transcript";

export async function startInterview(
  input: { caller: PublicKeyCaller; sessionId: string; participantName?: string; participantEmail?: string; now?: Date } & GenerateOptions,
) {
  await getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId });
  requireAnthropic();
  const session = await startSession({
    sessionId: input.sessionId,
    participantName: input.participantName,
    participantEmail: input.participantEmail,
    now: input.now,
  });
  const opening = await openInterview({ ...input, sessionId: session.id });
  return {
    session: {
      id: session.id,
      status: session.status,
      phase: session.currentPhase,
      mode: session.mode,
      startedAt: session.startedAt?.toISOString() ?? null,
    },
    opening: opening ? toMessageView(opening) : null,
  };
}
