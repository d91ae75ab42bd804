import type { PublicKeyCaller } from "@/lib/access/public-key";
import { db } from "@/lib/db";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";
import { startSession } from "@/lib/sessions/start-session";

/**
 * Marks the session active (idempotent; 409 once ended) and tells the SDK what it needs to carry
 * on after a reload: the session's start on the server clock (offsets are measured from it), the
 * consents to honour, and the next free chunk index per kind. The browser's language (primary
 * subtag) is kept as the session's language unless it already has one: transcription uses it.
 */
export async function startSdkSession(input: { caller: PublicKeyCaller; sessionId: string; language?: string; now?: Date }) {
  await getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId });
  const session = await startSession({ sessionId: input.sessionId, now: input.now });
  if (input.language && !session.language) {
    await db.session.updateMany({ where: { id: session.id, language: null }, data: { language: input.language } });
  }
  const last = await db.mediaChunk.groupBy({ by: ["kind"], where: { sessionId: session.id }, _max: { chunkIndex: true } });
  const next = (kind: "audio" | "screen") => {
    const max = last.find((l) => l.kind === kind)?._max.chunkIndex;
    return max === null || max === undefined ? 0 : max + 1;
  };
  return {
    sessionId: session.id,
    status: session.status,
    startedAt: session.startedAt!.toISOString(),
    serverTime: new Date().toISOString(),
    consent: { recording: session.consentRecording, analytics: session.consentAnalytics },
    nextChunkIndex: { audio: next("audio"), screen: next("screen") },
  };
}
