// GET …/voice/speech?t=<token>: one piece of the interviewer's reply, spoken. The text comes only from
// the signed token (speech-token.ts): 403 when it is forged or names another session, 410 once it has
// expired. OpenAI's speech API answers with audio as it is synthesised; its body is passed through
// chunk by chunk (never held whole), so the browser starts playing after the first bytes. The usage
// row (characters, cost) is written as soon as the API answers, and the audio ends after it.
import { openaiClient } from "@/lib/ai/openai";
import { recordUsage } from "@/lib/ai/record-usage";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { speechModel, speechVoice } from "./config";
import { verifySpeechToken } from "./speech-token";

export const SPEECH_FORMAT = "mp3";
export const SPEECH_CONTENT_TYPE = "audio/mpeg";

export async function synthesizeSpeech(input: {
  session: { id: string; projectId: string };
  token: string;
  signal?: AbortSignal;
  now?: number;
}): Promise<Response> {
  const check = verifySpeechToken(input.token, input.now);
  if (!check.ok && check.reason === "expired") throw new AppError("gone", "This speech link has expired");
  if (!check.ok || check.claims.sessionId !== input.session.id) throw new AppError("forbidden", "This speech link is not valid");
  const { text } = check.claims;
  const model = speechModel();

  let upstream: Response;
  try {
    upstream = await openaiClient().audio.speech.create(
      { model, voice: speechVoice(), input: text, response_format: SPEECH_FORMAT },
      { signal: input.signal, timeout: 30_000 },
    );
  } catch (e) {
    log.warn("speech synthesis failed", { sessionId: input.session.id, error: e });
    throw new AppError("service_unavailable", "The interviewer's voice is not available just now; the reply is shown as text", {
      retryable: true,
    });
  }
  if (!upstream.body) throw new AppError("service_unavailable", "The speech API returned no audio", { retryable: true });

  // billed once the API answers, whether or not the browser listens to the end (barge-in stops it)
  const recorded = recordUsage({
    projectId: input.session.projectId,
    sessionId: input.session.id,
    purpose: "speech",
    provider: "openai",
    model,
    characters: text.length,
  }).catch((error) => log.warn("speech usage not recorded", { sessionId: input.session.id, error }));
  const counted = upstream.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      // the audio ends once its usage is written, so whoever heard it can see its cost
      flush: async () => void (await recorded),
    }),
  );
  return new Response(counted, {
    status: 200,
    headers: {
      "content-type": upstream.headers.get("content-type")?.startsWith("audio/")
        ? upstream.headers.get("content-type")!
        : SPEECH_CONTENT_TYPE,
      "cache-control": "private, max-age=900",
      "x-content-type-options": "nosniff",
    },
  });
}
