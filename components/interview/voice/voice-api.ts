// The voice room's calls (issue #18): a spoken turn is uploaded as raw audio and answered with
// Server-Sent Events (its transcript, the reply's text as it streams, and sentences ready to be
// spoken); the gentle prompts (silence, say it again) come with a speech URL of their own.
import { api, ApiError } from "@/components/api-client";
import { readEventStream, type MessageView, type ReplyOutcome } from "../participant-api";

const base = (sessionId: string, key: string, suffix: string) =>
  `/api/sdk/sessions/${encodeURIComponent(sessionId)}/voice${suffix}?key=${encodeURIComponent(key)}`;

export type VoiceEvent =
  | { event: "transcript"; data: { message: MessageView; duplicate: boolean } }
  | { event: "repeat"; data: { code: string; message: string } }
  | { event: "delta"; data: { text: string } }
  | { event: "speech"; data: { index: number; text: string; url: string } }
  | { event: "reset"; data: Record<string, never> }
  | { event: "done"; data: ReplyOutcome }
  | { event: "error"; data: { error: { code: string; message: string }; retryable: boolean } };

/** How a turn's stream ended: answered, or the participant must say it again (nothing was stored). */
export type TurnResult = { kind: "answered"; outcome: ReplyOutcome } | { kind: "repeat"; message: string };

const INTERRUPTED = "The connection was interrupted. Please say that again, or type your answer.";

/**
 * Uploads one spoken turn and reads its events until the stream ends. Rejects with an ApiError when
 * the turn is refused (409 the interview is not active, 413 too long, 415 format…) or the reply
 * failed, and with the abort's DOMException when `signal` aborts (barge-in).
 */
export async function sendVoiceTurn(
  sessionId: string,
  key: string,
  turn: { clientMessageId: string; durationMs: number; audio: Blob; signal?: AbortSignal },
  onEvent: (e: VoiceEvent) => void,
): Promise<TurnResult> {
  const url =
    base(sessionId, key, "/turns") +
    `&clientMessageId=${encodeURIComponent(turn.clientMessageId)}&durationMs=${Math.max(0, Math.round(turn.durationMs))}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      cache: "no-store",
      headers: { "content-type": turn.audio.type || "audio/webm", accept: "text/event-stream" },
      body: turn.audio,
      signal: turn.signal,
    });
  } catch (e) {
    if (turn.signal?.aborted) throw e;
    throw new ApiError(0, "network_error", "Could not reach the server. Check your connection, then try again.");
  }
  if (!res.ok || !res.body) {
    const data = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, data?.error?.code ?? "http_error", data?.error?.message ?? `The request failed (HTTP ${res.status}).`);
  }

  let result: TurnResult | null = null;
  let failure: ApiError | null = null;
  try {
    await readEventStream<VoiceEvent>(res.body, (e) => {
      onEvent(e);
      if (e.event === "done") result = { kind: "answered", outcome: e.data };
      else if (e.event === "repeat") result = { kind: "repeat", message: e.data.message };
      else if (e.event === "error") failure = new ApiError(503, e.data.error.code, e.data.error.message);
    });
  } catch (e) {
    if (turn.signal?.aborted) throw e;
    throw new ApiError(0, "network_error", INTERRUPTED);
  }
  if (failure) throw failure;
  if (!result) throw new ApiError(0, "network_error", INTERRUPTED);
  return result;
}

/** A short spoken line that is not part of the transcript: after a long silence, or when a turn was not understood. */
export function fetchVoicePrompt(sessionId: string, key: string, kind: "silence" | "repeat") {
  return api<{ text: string; url: string }>(base(sessionId, key, "/prompt"), { method: "POST", body: { kind } });
}
