// The fake AI server's voice parts (issue #18):
//   - speech: OpenAI's POST /v1/audio/speech answered with a small, valid audio file — silent MPEG-1
//     Layer III frames for mp3 (what the app asks for), a 440 Hz tone for wav — about as long as the
//     text would take to say (0.5–4 s), sent in several chunks like the real streamed answer;
//   - per-turn transcription: a spoken turn (a file named turn-…) is "heard" as a plausible participant
//     sentence in the request's language, chosen by a hash of the audio bytes, so the same recording
//     always gives the same text; `[say:words]` markers in the bytes are heard as those words.
import { createHash } from "node:crypto";
import type { TranscriptionResponder } from "./fake-ai-server";

// ───────────────────────── Speech ─────────────────────────

/** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, mono, no padding: 417-byte frames of 1,152 samples (26.1 ms). */
const MP3_FRAME_HEADER = [0xff, 0xfb, 0x90, 0xc4];
const MP3_FRAME_BYTES = Math.floor((144 * 128_000) / 44_100);
const MP3_FRAME_MS = (1152 / 44_100) * 1000;

/** A frame whose side information is all zeros decodes as silence (no main data, no scale factors). */
function silentMp3Frame(): Buffer {
  const frame = Buffer.alloc(MP3_FRAME_BYTES);
  Buffer.from(MP3_FRAME_HEADER).copy(frame);
  return frame;
}
const FRAME = silentMp3Frame();

export function fakeMp3(durationMs: number): Buffer {
  const frames = Math.max(1, Math.ceil(durationMs / MP3_FRAME_MS));
  return Buffer.concat(Array.from({ length: frames }, () => FRAME));
}

/** 16-bit mono PCM at 16 kHz: a quiet 440 Hz tone. */
export function fakeWav(durationMs: number): Buffer {
  const rate = 16_000;
  const samples = Math.max(1, Math.round((durationMs / 1000) * rate));
  const out = Buffer.alloc(44 + samples * 2);
  out.write("RIFF", 0, "ascii");
  out.writeUInt32LE(36 + samples * 2, 4);
  out.write("WAVEfmt ", 8, "ascii");
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write("data", 36, "ascii");
  out.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) out.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 3000), 44 + i * 2);
  return out;
}

/** About 15 characters a second, between half a second and four. */
export const speechDurationMs = (text: string) => Math.min(4_000, Math.max(500, Math.round((text.length / 15) * 1000)));

export const SPEECH_FORMATS: Record<string, { type: string; make: (ms: number) => Buffer }> = {
  mp3: { type: "audio/mpeg", make: fakeMp3 },
  wav: { type: "audio/wav", make: fakeWav },
};

/** A parsed speech request. */
export interface SpeechRequest {
  model: string;
  voice: string;
  input: string;
  responseFormat: string;
}

// ───────────────────────── Per-turn transcription ─────────────────────────

const TURN_SENTENCES: Record<string, string[]> = {
  en: [
    "I mostly use it on Monday mornings to plan the week with my team.",
    "The export was the hardest part, I never found where the button was.",
    "Honestly it was quicker than I expected, but the first screen confused me.",
    "I gave up the first time and asked a colleague to show me how it works.",
  ],
  es: [
    "Lo uso sobre todo los lunes por la mañana para planificar la semana.",
    "Lo más difícil fue exportar, nunca encontré el botón.",
    "La verdad es que fue más rápido de lo que esperaba.",
  ],
  fr: [
    "Je l'utilise surtout le lundi matin pour organiser la semaine.",
    "Le plus difficile, c'était l'export, je n'ai jamais trouvé le bouton.",
    "Honnêtement, c'était plus rapide que prévu.",
  ],
  de: [
    "Ich nutze es meistens montags früh, um die Woche zu planen.",
    "Am schwierigsten war der Export, ich habe den Knopf nie gefunden.",
    "Ehrlich gesagt ging es schneller als erwartet.",
  ],
  pt: ["Uso principalmente às segundas de manhã para planejar a semana.", "A parte mais difícil foi exportar, nunca achei o botão."],
  ja: ["主に月曜日の朝にチームと一週間の計画を立てるのに使っています。", "エクスポートが一番難しくて、ボタンが見つかりませんでした。"],
};

/** The sentence a turn's bytes are "heard" as, in `language` (English when there are none for it). */
export function turnSentence(bytes: Buffer, language: string | null): string {
  const list = TURN_SENTENCES[(language ?? "en").split("-")[0]] ?? TURN_SENTENCES.en;
  const hash = createHash("sha256").update(bytes).digest();
  return list[hash.readUInt32BE(0) % list.length];
}

/** Answers for spoken turns (files named turn-…); passes on anything else. */
export const voiceTurnTranscription: TranscriptionResponder = (req) => {
  if (!req.file?.name.startsWith("turn-")) return undefined;
  const words = [...req.file.bytes.toString("latin1").matchAll(/\[say:([^\]]*)\]/g)].map((m) => m[1].trim()).filter(Boolean);
  return words.length ? Buffer.from(words.join(" "), "latin1").toString("utf8") : turnSentence(req.file.bytes, req.language);
};
