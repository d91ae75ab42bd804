// How the fake Whisper (tests/fakes/fake-ai-server.ts) can behave, beyond a fixed text: the ways the
// real API answers that the pipeline must survive. Switch with `fake.transcription.setDefault(
// whisperBehaviour(name))`, or from another process with the control API
// `POST /__control/transcription/behaviour { "behaviour": name }` (the e2e suite's shared server).
import type { TranscriptionReply, TranscriptionRequest, TranscriptionResponder } from "./fake-ai-server";

export const WHISPER_BEHAVIOURS = ["default", "realistic", "hallucinate", "empty", "too_short", "rate_limited"] as const;
export type WhisperBehaviour = (typeof WHISPER_BEHAVIOURS)[number];

/** What Whisper really says about silence more often than anything else. */
export const SILENCE_HALLUCINATION = "Thank you for watching.";
/** OpenAI's answer to a file under 0.1 s. */
export const TOO_SHORT: TranscriptionReply = {
  error: { status: 400, type: "invalid_request_error", message: "Audio file is too short. Minimum audio length is 0.1 seconds." },
};
/** OpenAI's answer to bytes it cannot decode (e.g. a timeslice sent without its span's header). */
export const INVALID_FORMAT: TranscriptionReply = {
  error: {
    status: 400,
    type: "invalid_request_error",
    message: "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']",
  },
};

/** Bytes below this are "too short" in realistic mode (a real 0.1 s of Opus in WebM is about this size). */
export const REALISTIC_MIN_BYTES = 200;

/**
 * Speech markers tests put inside fake audio bytes: `[say:words]`. In realistic mode the transcript
 * is every marker's words, in byte order, so a test can tell which parts of a span reached Whisper
 * and in what order.
 */
export const say = (words: string) => Buffer.from(`[say:${words}]`, "latin1");

const CONTAINERS: ((b: Buffer) => boolean)[] = [
  (b) => b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3, // WebM (EBML)
  (b) => b.subarray(0, 4).toString("latin1") === "OggS",
  (b) => b.subarray(4, 8).toString("latin1") === "ftyp",
  (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WAVE",
];

/** Whisper as it behaves on real uploads: refuses what it cannot decode or is too short, hallucinates on silence. */
function realistic(req: TranscriptionRequest): TranscriptionReply {
  const bytes = req.file?.bytes ?? Buffer.alloc(0);
  if (!CONTAINERS.some((is) => is(bytes))) return INVALID_FORMAT;
  if (bytes.length < REALISTIC_MIN_BYTES) return TOO_SHORT;
  const words = [...bytes.toString("latin1").matchAll(/\[say:([^\]]*)\]/g)].map((m) => m[1].trim()).filter(Boolean);
  return { text: words.length ? words.join(" ") : SILENCE_HALLUCINATION };
}

/** A responder for the named behaviour ("default" is the server's own: a text naming the file). */
export function whisperBehaviour(name: WhisperBehaviour): TranscriptionResponder {
  switch (name) {
    case "realistic":
      return realistic;
    case "hallucinate":
      return () => SILENCE_HALLUCINATION;
    case "empty":
      return () => ({ text: "" });
    case "too_short":
      return () => TOO_SHORT;
    case "rate_limited":
      return () => ({ error: "rate_limited" });
    default:
      return (req) => `Fake transcript of ${req.file?.name ?? "audio"} (${req.file?.size ?? 0} bytes).`;
  }
}
