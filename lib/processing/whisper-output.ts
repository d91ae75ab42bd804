// What to keep of Whisper's answer for a span. Whisper was trained on subtitled video, and on
// silence or noise it often "hears" the credits of one: "Thank you for watching.", "Subtitles by the
// Amara.org community", a lone "you". Such text must not become a participant's quote. Pure.

/**
 * Phrases Whisper is known to produce on silence or noise, normalized (lowercase, no punctuation).
 * Each is dropped when a span's whole transcript is only such phrases, and also from longer text
 * when the span was near-silent. Keep it short: a real participant can say "thank you".
 */
const HALLUCINATIONS = new Set([
  "thank you for watching",
  "thanks for watching",
  "thank you so much for watching",
  "thank you very much for watching",
  "thanks for watching and see you next time",
  "please subscribe",
  "like and subscribe",
  "subtitles by the amaraorg community",
  "subtitles by amaraorg",
  "transcription by castingwords",
  "you",
  "thank you",
  "bye",
  "so",
  "music",
]);

export type WhisperOutcome = { text: string } | { skip: "no_speech" | "hallucination"; detail: string };

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();

/** Sentences (and bracketed notes such as "[Music]") of a transcript: "Amara.org" is not two. */
function sentences(text: string): string[] {
  return text
    .replace(/(\[[^\]]*\]|\([^)]*\))/g, "\n$1\n")
    .split(/\n|(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const isHallucination = (sentence: string) => {
  const n = normalize(sentence);
  return n === "" || HALLUCINATIONS.has(n);
};

/**
 * Whisper's text for a span → the transcript to keep, or why there is none: no text at all is no
 * speech; text made only of known hallucination phrases is discarded, and on a near-silent span
 * such phrases are removed from longer text too.
 */
export function keepWhisperText(raw: string, opts: { nearSilent: boolean }): WhisperOutcome {
  const text = raw.replace(/\s+/g, " ").trim();
  if (!normalize(text)) return { skip: "no_speech", detail: text ? `only "${text.slice(0, 40)}"` : "empty text" };
  const parts = sentences(text);
  if (parts.every(isHallucination)) return { skip: "hallucination", detail: `discarded "${text.slice(0, 80)}"` };
  if (!opts.nearSilent) return { text };
  return { text: parts.filter((p) => !isHallucination(p)).join(" ") };
}
