// The interviewer's answer as Server-Sent Events, for POST …/messages:
//   accepted  { message, duplicate }         the participant's message is stored (acknowledged)
//   delta     { text }                       a piece of the answer as the model writes it
//   reset     {}                             a retry starts over: drop the text received so far
//   done      ReplyOutcome                   the answer is committed to the database
//   error     { error, retryable }           no answer; the participant's message stays stored
// The answer is generated and stored even if the client goes away mid-stream.
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { GenerateOptions } from "./generate-reply";
import { replyToParticipant, type AcceptedMessage } from "./send-participant-message";
import { toMessageView } from "./transcript";

export const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
};

export function replyEventStream(accepted: AcceptedMessage, options: Pick<GenerateOptions, "retry" | "timeoutMs"> = {}): Response {
  const encoder = new TextEncoder();
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          open = false;
        }
      };
      send("accepted", { message: toMessageView(accepted.message), duplicate: accepted.duplicate });
      try {
        const outcome = await replyToParticipant({
          accepted,
          ...options,
          onText: (text) => send("delta", { text }),
          onRestart: () => send("reset", {}),
        });
        send("done", outcome);
      } catch (e) {
        const error = e instanceof AppError ? e : new AppError("internal", "Something went wrong on our side");
        if (!(e instanceof AppError)) log.error("interviewer stream failed", { sessionId: accepted.sessionId, error: e });
        send("error", {
          error: { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) },
          retryable: error.code === "service_unavailable" || error.code === "internal",
        });
      } finally {
        if (open) {
          open = false;
          controller.close();
        }
      }
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, { status: 200, headers: EVENT_STREAM_HEADERS });
}
