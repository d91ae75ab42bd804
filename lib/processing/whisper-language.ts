// The session's language (the browser's primary subtag) as Whisper's `language` hint. A hint makes
// transcription faster and keeps short or accented spans from being "translated" into the wrong
// language; an unknown code would make Whisper refuse every span (400), so only codes Whisper
// lists (ISO-639-1) are passed on, and anything else means "let Whisper detect it". Pure.

const WHISPER_LANGUAGES = new Set(
  (
    "af am ar as az ba be bg bn bo br bs ca cs cy da de el en es et eu fa fi fo fr gl gu ha he hi hr ht hu hy id is it ja ka kk km kn ko " +
    "la lb ln lo lt lv mg mi mk ml mn mr ms mt my ne nl nn no oc pa pl ps pt ro ru sa sd si sk sl sn so sq sr su sv sw ta te tg th tk tl " +
    "tr tt uk ur uz vi yi yo zh"
  ).split(" "),
);

/** Browser subtags Whisper knows under another code. */
const ALIASES: Record<string, string> = { nb: "no", fil: "tl", iw: "he", in: "id", ji: "yi" };

/** The `language` to send for a session's language, or undefined to let Whisper detect it. */
export function whisperLanguage(language: string | null | undefined): string | undefined {
  if (!language) return undefined;
  const code = language.toLowerCase().split("-")[0];
  const mapped = ALIASES[code] ?? code;
  return WHISPER_LANGUAGES.has(mapped) ? mapped : undefined;
}
