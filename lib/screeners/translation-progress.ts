// The screener builder's Translations section (issue #17), as pure functions: which texts a language
// can translate (only those with a main text: an empty description has nothing to translate), the
// researcher's draft for one language, how complete it is, what is wrong with it before it is sent,
// and the `translations` bodies for the screener and question PATCH (which replace the whole map, so
// the other languages' texts are carried over unchanged). A question's options count as one text:
// the public page uses translated labels only when every option has one (translations.ts).
import { translationFor } from "./translations";

export const SCREENER_TEXTS = [
  { key: "title", label: "Title", max: 200, multiline: false },
  { key: "description", label: "Description", max: 2000, multiline: true },
  { key: "welcomeMessage", label: "Welcome message", max: 2000, multiline: true },
  { key: "consentText", label: "Consent text", max: 4000, multiline: true },
  { key: "thankYouMessage", label: "Thank-you message", max: 2000, multiline: true },
  { key: "disqualifiedMessage", label: "Disqualified message", max: 2000, multiline: true },
] as const;

export const QUESTION_LIMITS = { text: 500, helpText: 1000, option: 200 } as const;

export type ScreenerTextKey = (typeof SCREENER_TEXTS)[number]["key"];

/** What the builder knows of a screener: its main texts and the stored translations (any shape). */
export type TranslatableScreener = Record<ScreenerTextKey, string | null> & {
  translations?: unknown;
  questions: { id: string; text: string; helpText: string | null; options: string[]; translations?: unknown }[];
};

export interface QuestionDraft {
  text: string;
  helpText: string;
  /** one entry per main option, "" where not translated yet */
  options: string[];
}

export interface TranslationDraft {
  screener: Record<ScreenerTextKey, string>;
  questions: Record<string, QuestionDraft>;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const filled = (v: string) => v.trim() !== "";

/** The stored texts of one language as an editable draft ("" where there is none). */
export function draftFor(s: TranslatableScreener, language: string): TranslationDraft {
  const t = translationFor(s.translations, language);
  const screener = Object.fromEntries(SCREENER_TEXTS.map(({ key }) => [key, str(t[key])])) as Record<ScreenerTextKey, string>;
  const questions: Record<string, QuestionDraft> = {};
  for (const q of s.questions) {
    const qt = translationFor(q.translations, language);
    const stored = Array.isArray(qt.options) ? qt.options : [];
    questions[q.id] = { text: str(qt.text), helpText: str(qt.helpText), options: q.options.map((_, i) => str(stored[i])) };
  }
  return { screener, questions };
}

/** The texts this screener has in its main language, each with whether the draft translates it. */
export function translatableTexts(s: TranslatableScreener, draft: TranslationDraft): { id: string; done: boolean }[] {
  const out: { id: string; done: boolean }[] = [];
  for (const { key } of SCREENER_TEXTS) {
    if (s[key]?.trim()) out.push({ id: `screener.${key}`, done: filled(draft.screener[key]) });
  }
  for (const q of s.questions) {
    const d = draft.questions[q.id] ?? { text: "", helpText: "", options: [] };
    out.push({ id: `question.${q.id}.text`, done: filled(d.text) });
    if (q.helpText?.trim()) out.push({ id: `question.${q.id}.helpText`, done: filled(d.helpText) });
    if (q.options.length) {
      out.push({ id: `question.${q.id}.options`, done: q.options.every((_, i) => filled(d.options[i] ?? "")) });
    }
  }
  return out;
}

export function draftProgress(s: TranslatableScreener, draft: TranslationDraft): { done: number; total: number } {
  const texts = translatableTexts(s, draft);
  return { done: texts.filter((t) => t.done).length, total: texts.length };
}

/** How complete the stored translation of a language is. */
export function translationProgress(s: TranslatableScreener, language: string): { done: number; total: number } {
  return draftProgress(s, draftFor(s, language));
}

/** "7 of 9 texts translated; missing ones fall back to English." */
export function progressSentence(p: { done: number; total: number }, mainLanguageName: string): string {
  if (p.total === 0) return "Nothing to translate yet.";
  if (p.done === p.total) return `All ${p.total} texts translated.`;
  return `${p.done} of ${p.total} texts translated; missing ones fall back to ${mainLanguageName}.`;
}

/**
 * Problems the API would refuse, found before sending, by the builder's field ids
 * ("screener.title", "question.<id>.options.2"). Options are translated all or none: a partial set
 * would silently show the main labels, so it is an error to point at.
 */
export function draftIssues(s: TranslatableScreener, draft: TranslationDraft, mainLanguageName: string): Record<string, string> {
  const issues: Record<string, string> = {};
  const tooLong = (id: string, value: string, max: number) => {
    if (value.trim().length > max) issues[id] = `must be at most ${max} characters`;
  };
  for (const { key, max } of SCREENER_TEXTS) tooLong(`screener.${key}`, draft.screener[key], max);
  for (const q of s.questions) {
    const d = draft.questions[q.id];
    if (!d) continue;
    tooLong(`question.${q.id}.text`, d.text, QUESTION_LIMITS.text);
    tooLong(`question.${q.id}.helpText`, d.helpText, QUESTION_LIMITS.helpText);
    d.options.forEach((o, i) => tooLong(`question.${q.id}.options.${i}`, o, QUESTION_LIMITS.option));
    const count = d.options.filter(filled).length;
    if (count > 0 && count < q.options.length) {
      issues[`question.${q.id}.options`] =
        `translate all ${q.options.length} options or none (with ${count} of ${q.options.length}, participants see the ${mainLanguageName} ones)`;
    }
  }
  return issues;
}

type Entry = Record<string, string | string[]>;

/** The stored map with this language's entry replaced (dropped when the draft is empty). */
function merge(stored: unknown, language: string, entry: Entry): Record<string, Entry> {
  const base =
    stored && typeof stored === "object" && !Array.isArray(stored)
      ? { ...(stored as Record<string, Entry>) }
      : ({} as Record<string, Entry>);
  if (Object.keys(entry).length) base[language] = entry;
  else delete base[language];
  return base;
}

/** The screener PATCH's `translations`: this language's filled texts, the other languages unchanged. */
export function screenerTranslationsBody(s: TranslatableScreener, language: string, draft: TranslationDraft): Record<string, Entry> {
  const entry: Entry = {};
  for (const { key } of SCREENER_TEXTS) if (filled(draft.screener[key])) entry[key] = draft.screener[key].trim();
  return merge(s.translations, language, entry);
}

/** A question PATCH's `translations`; options only when every one is translated. */
export function questionTranslationsBody(
  q: TranslatableScreener["questions"][number],
  language: string,
  d: QuestionDraft,
): Record<string, Entry> {
  const entry: Entry = {};
  if (filled(d.text)) entry.text = d.text.trim();
  if (filled(d.helpText)) entry.helpText = d.helpText.trim();
  if (q.options.length && q.options.every((_, i) => filled(d.options[i] ?? ""))) entry.options = d.options.map((o) => o.trim());
  return merge(q.translations, language, entry);
}

/** Whether two translation maps hold the same texts (so unchanged questions are not sent). */
export function sameTranslations(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => JSON.stringify(v && typeof v === "object" ? sortKeys(v) : {});
  return norm(a) === norm(b);
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== null && x !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sortKeys(x)]),
    );
  }
  return v;
}
