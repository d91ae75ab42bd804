// Step 1 of a spoken turn (POST …/voice/turns), everything that can still be answered with an HTTP
// status before the event stream starts: the audio type (415), the session (404, 409 when it is not
// an active voice interview), the providers (503), and the body read under 5 MiB (413). A turn whose
// clientMessageId is already stored is a retry: it is answered from what was stored, whatever the
// session's status now (the last turn ends the interview), and its audio is not sent to Whisper again.
import type { SessionMessage } from "@/generated/prisma/client";
import type { PublicKeyCaller } from "@/lib/access/public-key";
import { AppError, conflict } from "@/lib/errors";
import { findMessage } from "@/lib/interviewer/transcript";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";
import { MAX_TURN_MS, requireVoice, turnAudioType, type TurnAudioType } from "./config";

export interface PreparedTurn {
  caller: PublicKeyCaller;
  session: { id: string; projectId: string; language: string | null; consentRecording: boolean };
  clientMessageId: string;
  durationMs: number;
  type: TurnAudioType;
  /** the turn's bytes (empty for a retry of a stored turn) */
  audio: Buffer;
  /** the participant message this clientMessageId already stored: a retry */
  stored: SessionMessage | null;
}

export async function prepareVoiceTurn(input: {
  caller: PublicKeyCaller;
  sessionId: string;
  clientMessageId: string;
  durationMs: number;
  contentType: string | null;
  body: AsyncIterable<Uint8Array> | null;
}): Promise<PreparedTurn> {
  const type = turnAudioType(input.contentType);
  const [session, stored] = await Promise.all([
    getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId }),
    findMessage(input.sessionId, input.clientMessageId),
  ]);
  requireVoice();
  if (stored && stored.role !== "participant") throw conflict("This clientMessageId was already used for a different message");
  if (!stored) {
    if (session.status === "pending") throw conflict("Start the interview before speaking");
    if (session.status !== "active") throw conflict("This interview has ended");
    if (session.mode !== "voice") throw conflict("This interview is a text chat; send messages to …/messages instead");
  }
  // the limits (5 MiB, Content-Length) are enforced by the stream as it is read: 413 from here
  const parts: Uint8Array[] = [];
  if (input.body) for await (const part of input.body) if (!stored) parts.push(part);
  const audio = Buffer.concat(parts);
  if (!stored && audio.length === 0) throw new AppError("bad_request", "The turn has no audio");
  return {
    caller: input.caller,
    session: { id: session.id, projectId: session.projectId, language: session.language, consentRecording: session.consentRecording },
    clientMessageId: input.clientMessageId,
    durationMs: Math.min(MAX_TURN_MS, Math.max(0, Math.round(input.durationMs))),
    type,
    audio,
    stored,
  };
}
