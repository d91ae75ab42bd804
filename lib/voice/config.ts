// Voice interviews (#18): what a turn may be, and whether voice can run at all.
import { VOICE_NOT_CONFIGURED, voiceAvailability } from "@/lib/ai/voice-availability";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** One spoken turn: a minute of Opus is ~250 KB and of 16 kHz WAV ~2 MB; 5 MiB leaves room for a long answer. */
export const MAX_TURN_BYTES = 5 * 1024 * 1024;
/** The longest turn we account for (a client-declared duration beyond it is clamped). */
export const MAX_TURN_MS = 10 * 60_000;

/** What MediaRecorder (webm/ogg/mp4) or a WAV encoder in the browser produce; Whisper accepts all four. */
export const TURN_AUDIO_TYPES = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/wav": "wav", "audio/mp4": "m4a" } as const;
export type TurnAudioType = keyof typeof TURN_AUDIO_TYPES;

/** The turn's media type without its parameters (`audio/webm;codecs=opus` → `audio/webm`); anything else is a 415. */
export function turnAudioType(contentType: string | null): TurnAudioType {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  const normalized = type === "audio/x-wav" || type === "audio/wave" ? "audio/wav" : type;
  if (normalized in TURN_AUDIO_TYPES) return normalized as TurnAudioType;
  throw new AppError("unsupported_media_type", `Send the turn as ${Object.keys(TURN_AUDIO_TYPES).join(", ")} (got ${type || "no type"})`);
}

export const speechModel = () => env().OPENAI_SPEECH_MODEL;
export const speechVoice = () => env().OPENAI_SPEECH_VOICE;

export { VOICE_NOT_CONFIGURED, voiceAvailability };

export function requireVoice(): void {
  if (!voiceAvailability().available) throw new AppError("service_unavailable", VOICE_NOT_CONFIGURED);
}
