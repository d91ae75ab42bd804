// A screener's per-language texts written by the researcher (issue #17), and how the public page
// applies them: { "es": { title, … } } on the screener, { "es": { text, helpText, options } } on a
// question. Option translations are labels only, in the same order: the answer stored is still the
// main-language option, so qualification rules hold whatever language the participant reads.
// Anything missing falls back to the main text.
import { z } from "zod";
import { languageCodeSchema } from "@/lib/languages/schemas";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((v) => (v ? v : null));

export const screenerTranslationsSchema = z.partialRecord(
  languageCodeSchema,
  z
    .object({
      title: text(200),
      description: text(2000),
      welcomeMessage: text(2000),
      thankYouMessage: text(2000),
      disqualifiedMessage: text(2000),
      consentText: text(4000),
    })
    .partial()
    .strict(),
);

export const questionTranslationsSchema = z.partialRecord(
  languageCodeSchema,
  z
    .object({ text: text(500), helpText: text(1000), options: z.array(z.string().trim().min(1).max(200)).max(50) })
    .partial()
    .strict(),
);

type Texts = Record<string, string | string[] | null | undefined>;

/** The stored translations for one language, or an empty object (unknown shapes are ignored). */
export function translationFor(stored: unknown, language: string | null | undefined): Texts {
  if (!language || !stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  const entry = (stored as Record<string, unknown>)[language];
  return entry && typeof entry === "object" && !Array.isArray(entry) ? (entry as Texts) : {};
}

/** A translated text, else the main one. */
export function pick(t: Texts, key: string, main: string | null): string | null {
  const v = t[key];
  return typeof v === "string" && v.trim() ? v : main;
}

/** Translated option labels when there is one per option, else the main options. */
export function optionLabels(t: Texts, options: string[]): string[] {
  const v = t.options;
  return Array.isArray(v) && v.length === options.length && v.every((o) => typeof o === "string" && o.trim()) ? v : options;
}
