// The interviewer's answer as Server-Sent Events, for POST …/messages:
//   accepted  { message, duplicate }         the participant's message is stored (acknowledged)
//   delta     { text }                       a piece of the answer as the model writes it
//   reset     {}                             a retry starts over: drop the text received so far
//   done      ReplyOutcome                   the answer is committed to the database
//   error     { error, retryable }           no answer; the participant's message stays stored
// The answer is generated and stored even if the client goes away mid-stream.
import type { GenerateOptions } from "./generate-reply";
import { interviewerEventStream } from "./event-stream";
import { replyToParticipant, type AcceptedMessage } from "./send-participant-message";
import { toMessageView } from "./transcript";

export function replyEventStream(accepted: AcceptedMessage, options: Pick<GenerateOptions, "retry" | "timeoutMs"> = {}): Response {
  return interviewerEventStream(
    async (send) => {
      send("accepted", { message: toMessageView(accepted.message), duplicate: accepted.duplicate });
      const outcome = await replyToParticipant({
        accepted,
        ...options,
        onText: (text) => send("delta", { text }),
        onRestart: () => send("reset", {}),
      });
      send("done", outcome);
    },
    { logMessage: "interviewer stream failed", sessionId: accepted.sessionId },
  );
}
