// One spoken turn → its text, with Whisper through the `openai` SDK, in the session's language. No
// retry: a participant waiting for an answer is better served by "could you say that again?" at once
// than by seconds of backoff. Errors and noise both come back as `repeat`; nothing is stored here.
import { toFile } from "openai";
import { openaiClient, transcriptionModel } from "@/lib/ai/openai";
import { log } from "@/lib/log";
import { whisperLanguage } from "@/lib/processing/whisper-language";
import { TURN_AUDIO_TYPES, type TurnAudioType } from "./config";
import { spokenText } from "./noise";

export type TurnTranscript =
  | { ok: true; text: string; model: string; billed: boolean }
  | { ok: false; code: "no_speech" | "transcription_failed"; message: string; model: string; billed: boolean };

export const REPEAT_MESSAGES = {
  no_speech: "Sorry, I didn't catch that. Could you say it again?",
  transcription_failed: "Sorry, something went wrong while listening. Could you say that again?",
} as const;

export async function transcribeTurn(input: {
  audio: Buffer;
  type: TurnAudioType;
  clientMessageId: string;
  language: string | null;
  sessionId: string;
}): Promise<TurnTranscript> {
  const model = transcriptionModel();
  const language = whisperLanguage(input.language);
  const file = await toFile(input.audio, `turn-${input.clientMessageId}.${TURN_AUDIO_TYPES[input.type]}`, { type: input.type });
  let raw: string;
  try {
    const result = await openaiClient().audio.transcriptions.create(
      { model, file, ...(language ? { language } : {}) },
      { timeout: 30_000 },
    );
    raw = result.text;
  } catch (e) {
    log.warn("voice turn transcription failed", { sessionId: input.sessionId, clientMessageId: input.clientMessageId, error: e });
    return { ok: false, code: "transcription_failed", message: REPEAT_MESSAGES.transcription_failed, model, billed: false };
  }
  const text = spokenText(raw ?? "");
  if (!text) return { ok: false, code: "no_speech", message: REPEAT_MESSAGES.no_speech, model, billed: true };
  return { ok: true, text, model, billed: true };
}
