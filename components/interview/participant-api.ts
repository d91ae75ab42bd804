// The interview room's calls to /api/sdk/sessions/:id/** (public key in the query string). JSON calls
// go through the shared client; a message's answer is read as Server-Sent Events as it streams.
import { api, ApiError } from "@/components/api-client";
import type { InterviewView } from "@/lib/interviewer/get-interview-view";
import type { ReplyOutcome } from "@/lib/interviewer/send-participant-message";
import type { MessageView } from "@/lib/interviewer/transcript";

export type { InterviewView, MessageView, ReplyOutcome };

const base = (sessionId: string, key: string, suffix = "") =>
  `/api/sdk/sessions/${encodeURIComponent(sessionId)}${suffix}?key=${encodeURIComponent(key)}`;

export function fetchView(sessionId: string, key: string) {
  return api<InterviewView>(base(sessionId, key));
}

export function startInterview(sessionId: string, key: string, body: { participantName?: string; participantEmail?: string }) {
  return api<{
    session: { status: string; phase: string };
    opening: MessageView | null;
    /** a voice interview's opening, in pieces with their speech URLs (empty for text) */
    openingSpeech?: { index: number; text: string; url: string }[];
  }>(base(sessionId, key, "/interview/start"), {
    method: "POST",
    body,
  });
}

export function endInterview(sessionId: string, key: string) {
  return api<{ session: { status: string } }>(base(sessionId, key, "/interview/end"), { method: "POST" });
}

export type StreamEvent =
  | { event: "accepted"; data: { message: MessageView; duplicate: boolean } }
  | { event: "delta"; data: { text: string } }
  | { event: "reset"; data: Record<string, never> }
  | { event: "done"; data: ReplyOutcome }
  | { event: "error"; data: { error: { code: string; message: string }; retryable: boolean } };

/**
 * Sends a message and reads the answer's events. Resolves with the final outcome; rejects with an
 * ApiError when the request is refused (validation, limits…) or the answer could not be produced.
 */
export async function sendMessage(
  sessionId: string,
  key: string,
  body: { clientMessageId: string; content: string },
  onEvent: (e: StreamEvent) => void,
): Promise<ReplyOutcome> {
  let res: Response;
  try {
    res = await fetch(base(sessionId, key, "/messages"), {
      method: "POST",
      cache: "no-store",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network_error", "Could not reach the server. Check your connection, then try again.");
  }
  if (!res.ok || !res.body) {
    const data = (await res.json().catch(() => null)) as {
      error?: { code?: string; message?: string; details?: { fields?: Record<string, string[]> } };
    } | null;
    throw new ApiError(
      res.status,
      data?.error?.code ?? "http_error",
      data?.error?.message ?? `The request failed (HTTP ${res.status}).`,
      data?.error?.details?.fields ?? {},
    );
  }

  let outcome: ReplyOutcome | null = null;
  let failure: ApiError | null = null;
  try {
    await readEventStream<StreamEvent>(res.body, (parsed) => {
      onEvent(parsed);
      if (parsed.event === "done") outcome = parsed.data;
      if (parsed.event === "error") failure = new ApiError(503, parsed.data.error.code, parsed.data.error.message);
    });
  } catch {
    throw new ApiError(0, "network_error", "The connection was interrupted. Your message is saved; try again.");
  }
  if (failure) throw failure;
  if (!outcome) throw new ApiError(0, "network_error", "The connection was interrupted. Your message is saved; try again.");
  return outcome;
}

/**
 * Reads a Server-Sent Events body (`event:` + one `data:` JSON line per block) to its end, handing
 * each event over as it arrives; shared by the text messages and the voice turns. Rejects when the
 * connection breaks (or its request is aborted).
 */
export async function readEventStream<E extends { event: string; data: unknown }>(
  body: ReadableStream<Uint8Array>,
  onEvent: (e: E) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!event || data === undefined) continue;
      onEvent({ event, data: JSON.parse(data) } as E);
    }
    if (done) break;
  }
}
