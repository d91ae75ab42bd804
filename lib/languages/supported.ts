// The languages participant pages, the interviewer and the research side support. One list, read by
// the project settings (validation), the participant pages (catalogues under messages/), the
// interviewer's language instruction and the extraction prompt's translation request. Pure: the
// participant pages' client components import it too.

export const LANGUAGE_CODES = ["en", "es", "de", "pt-BR", "ja", "ar"] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface LanguageInfo {
  code: LanguageCode;
  /** the English name, for prompts and the researcher's settings */
  englishName: string;
  /** the name in the language itself, for the participant's picker */
  nativeName: string;
  dir: "ltr" | "rtl";
}

export const LANGUAGES: Record<LanguageCode, LanguageInfo> = {
  en: { code: "en", englishName: "English", nativeName: "English", dir: "ltr" },
  es: { code: "es", englishName: "Spanish", nativeName: "Español", dir: "ltr" },
  de: { code: "de", englishName: "German", nativeName: "Deutsch", dir: "ltr" },
  "pt-BR": { code: "pt-BR", englishName: "Portuguese (Brazil)", nativeName: "Português (Brasil)", dir: "ltr" },
  ja: { code: "ja", englishName: "Japanese", nativeName: "日本語", dir: "ltr" },
  ar: { code: "ar", englishName: "Arabic", nativeName: "العربية", dir: "rtl" },
};

export const DEFAULT_LANGUAGE: LanguageCode = "en";

/**
 * The supported code a tag stands for, or null: exact match first (case-insensitive, "pt-br" →
 * "pt-BR"), then by primary subtag ("es-MX" → "es", "pt" / "pt-PT" → "pt-BR", "de-AT" → "de").
 */
export function toSupportedLanguage(tag: string | null | undefined): LanguageCode | null {
  if (!tag) return null;
  const clean = tag.trim().replace(/_/g, "-").toLowerCase();
  if (!clean) return null;
  const exact = LANGUAGE_CODES.find((c) => c.toLowerCase() === clean);
  if (exact) return exact;
  const primary = clean.split("-")[0];
  return LANGUAGE_CODES.find((c) => c.toLowerCase().split("-")[0] === primary) ?? null;
}

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageInfo(code: string | null | undefined): LanguageInfo {
  return LANGUAGES[toSupportedLanguage(code) ?? DEFAULT_LANGUAGE];
}

/** The English name of a language (for prompts), also for a code outside the supported list. */
export function englishLanguageName(code: string | null | undefined): string {
  const supported = toSupportedLanguage(code);
  if (supported) return LANGUAGES[supported].englishName;
  return code ?? LANGUAGES[DEFAULT_LANGUAGE].englishName;
}

/** Two tags name the same language for analysis purposes (quotes vs research language): primary subtags match. */
export function sameLanguage(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  return a.toLowerCase().split("-")[0] === b.toLowerCase().split("-")[0];
}
