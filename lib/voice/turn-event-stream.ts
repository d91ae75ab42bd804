// Step 2 of a spoken turn: the answer as Server-Sent Events (voice-contract.md):
//   transcript { message, duplicate }   the turn is transcribed and stored as a participant message (acknowledged)
//   repeat     { code, message }        nothing usable was heard, or Whisper failed: nothing is stored; ask again
//   delta      { text }                 the reply as the model writes it (live caption)
//   speech     { index, text, url }     a piece of the reply is complete: fetch `url` to hear it
//   reset      {}                       a retry starts over: drop the text and stop the speech received so far
//   done       ReplyOutcome             the reply is stored (as in POST …/messages)
//   error      { error, retryable }     no reply; the participant's turn stays stored (resend the same clientMessageId)
// While Whisper listens, the audio is stored (recording consent only) and a reply still being written
// is waited for (barge-in, pending-replies.ts). The reply is generated and stored even if the client goes away.
import { recordUsage } from "@/lib/ai/record-usage";
import type { GenerateOptions } from "@/lib/interviewer/generate-reply";
import { interviewerEventStream, type SendEvent } from "@/lib/interviewer/event-stream";
import { acceptParticipantMessage, replyToParticipant, type AcceptedMessage } from "@/lib/interviewer/send-participant-message";
import { toMessageView } from "@/lib/interviewer/transcript";
import { log } from "@/lib/log";
import { trackReply, waitForPendingReply } from "./pending-replies";
import type { PreparedTurn } from "./prepare-turn";
import { createSentenceSplitter, splitSentences } from "./sentence-splitter";
import { speechUrl } from "./speech-token";
import { transcribeTurn } from "./transcribe-turn";
import { removeTurnAudio, storeTurnAudio, turnAudioKey } from "./turn-audio-storage";

/** Transcribes and stores the turn; null when it must be said again (`repeat` was sent). */
async function acceptTurn(turn: PreparedTurn, send: SendEvent): Promise<AcceptedMessage | null> {
  const { session, clientMessageId } = turn;
  if (turn.stored)
    return acceptParticipantMessage({ caller: turn.caller, sessionId: session.id, clientMessageId, content: turn.stored.content });

  const key = session.consentRecording
    ? turnAudioKey({ projectId: session.projectId, sessionId: session.id, clientMessageId, type: turn.type })
    : null;
  const [heard, kept] = await Promise.all([
    transcribeTurn({ audio: turn.audio, type: turn.type, clientMessageId, language: session.language, sessionId: session.id }),
    key
      ? storeTurnAudio({ key, audio: turn.audio, type: turn.type }).then(
          () => true,
          (error) => (log.warn("voice turn audio not stored", { sessionId: session.id, error }), false),
        )
      : false,
    waitForPendingReply(session.id),
  ]);
  const usage = heard.billed
    ? recordUsage({
        projectId: session.projectId,
        sessionId: session.id,
        purpose: "voice_transcribe",
        provider: "openai",
        model: heard.model,
        audioSeconds: turn.durationMs / 1000,
      })
    : null;
  const dropAudio = async () => {
    if (kept && key) await removeTurnAudio(key).catch((error) => log.warn("voice turn audio not removed", { key, error }));
  };
  if (!heard.ok) {
    await Promise.all([usage, dropAudio()]);
    send("repeat", { code: heard.code, message: heard.message });
    return null;
  }
  try {
    const [accepted] = await Promise.all([
      acceptParticipantMessage({
        caller: turn.caller,
        sessionId: session.id,
        clientMessageId,
        content: heard.text,
        voice: { audioMs: turn.durationMs, audioKey: kept ? key : null },
      }),
      usage,
    ]);
    return accepted;
  } catch (e) {
    await dropAudio();
    throw e;
  }
}

export function voiceTurnEventStream(
  turn: PreparedTurn,
  options: { publicKey: string } & Pick<GenerateOptions, "retry" | "timeoutMs">,
): Response {
  const sessionId = turn.session.id;
  return interviewerEventStream(
    async (send) => {
      let index = 0;
      const speak = (pieces: string[]) => {
        for (const text of pieces) {
          send("speech", { index, text, url: speechUrl({ sessionId, index, text, publicKey: options.publicKey }) });
          index++;
        }
      };
      const accepted = await acceptTurn(turn, send);
      if (!accepted) return;
      send("transcript", { message: toMessageView(accepted.message), duplicate: accepted.duplicate });
      const splitter = createSentenceSplitter();
      let streamed = false;
      const outcome = await trackReply(
        sessionId,
        replyToParticipant({
          accepted,
          spoken: true,
          retry: options.retry,
          timeoutMs: options.timeoutMs,
          onText: (text) => {
            streamed = true;
            send("delta", { text });
            speak(splitter.push(text));
          },
          onRestart: () => {
            splitter.reset();
            send("reset", {});
          },
        }),
      );
      if (streamed) speak(splitter.flush());
      else if (outcome.reply) {
        // a retried turn answered from the database: caption and speak the stored reply
        send("delta", { text: outcome.reply.content });
        speak(splitSentences(outcome.reply.content));
      }
      send("done", outcome);
    },
    { logMessage: "voice turn failed", sessionId },
  );
}
