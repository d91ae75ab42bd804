// The catalogue locale for a participant's language: the supported codes are the catalogue
// locales (lib/languages/supported.ts), anything else falls back to English. Pure (client-safe).
import { DEFAULT_LANGUAGE, LANGUAGES, toSupportedLanguage, type LanguageCode } from "@/lib/languages/supported";

export function messagesLocale(language: string | null | undefined): LanguageCode {
  return toSupportedLanguage(language) ?? DEFAULT_LANGUAGE;
}

export function localeDir(language: string | null | undefined): "ltr" | "rtl" {
  return LANGUAGES[messagesLocale(language)].dir;
}
