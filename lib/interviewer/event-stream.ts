// An interviewer's answer as Server-Sent Events, shared by typed messages (reply-stream.ts) and spoken
// turns (lib/voice/turn-event-stream.ts): `run` sends its events; whatever it throws becomes one
// `error` event ({ error, retryable }) instead of a broken stream, and the stream always closes. A
// client that goes away only stops the sending: `run` goes on, so the answer is still stored.
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

export const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
};

export type SendEvent = (event: string, data: unknown) => void;

export function interviewerEventStream(
  run: (send: SendEvent) => Promise<void>,
  failure: { logMessage: string; sessionId: string },
): Response {
  const encoder = new TextEncoder();
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send: SendEvent = (event, data) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          open = false;
        }
      };
      try {
        await run(send);
      } catch (e) {
        const error = e instanceof AppError ? e : new AppError("internal", "Something went wrong on our side");
        if (!(e instanceof AppError)) log.error(failure.logMessage, { sessionId: failure.sessionId, error: e });
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
