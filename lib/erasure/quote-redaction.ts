// A person's quotes as they were written into specs and pull-request bodies, and their replacement.
// The spec renderer (lib/implementations/render-spec.ts) writes a quote on one line, PII-redacted
// (ADR 015) and with GitHub references neutralized, inside “…”; an acceptance criterion cites its
// source quote cut to 80 characters; the model's own criterion text may repeat the quote as it was
// in the prompt. Every one of those forms is looked for, longest first.
import { neutralizeGithubReferences } from "@/lib/implementations/neutralize-github-references";
import { redactText } from "@/lib/privacy/redact-pii";

export const REMOVED_QUOTE = "[removed at the participant's request]";

/** a quote shorter than this is only replaced where it is cited (“…”): bare, it could match unrelated words */
const MIN_BARE_LENGTH = 12;

const oneLine = (s: string) => neutralizeGithubReferences(s.replace(/\s+/g, " ").trim());

/** The texts that stand for these quotes in a rendered document, each with whether it may be replaced bare. */
export function quoteForms(quotes: readonly string[]): { text: string; bare: boolean }[] {
  const forms = new Map<string, boolean>();
  const add = (text: string, bare: boolean) => {
    if (text) forms.set(text, (forms.get(text) ?? false) || bare);
  };
  for (const q of quotes) {
    for (const line of new Set([oneLine(redactText(q)), oneLine(q), q.replace(/\s+/g, " ").trim()])) {
      add(`“${line}”`, true);
      add(`“${line.slice(0, 80)}”`, true);
      add(line, line.length >= MIN_BARE_LENGTH);
    }
  }
  return [...forms.entries()].map(([text, bare]) => ({ text, bare })).sort((a, b) => b.text.length - a.text.length);
}

/** The document with every form of the quotes replaced by the removal notice; `count` is how many places changed. */
export function redactQuotes(text: string, quotes: readonly string[]): { text: string; count: number } {
  let out = text;
  let count = 0;
  for (const form of quoteForms(quotes)) {
    if (!form.bare) continue;
    const parts = out.split(form.text);
    if (parts.length === 1) continue;
    count += parts.length - 1;
    // a cited quote keeps no quotation marks: what stands there now is our notice, not their words
    out = parts.join(REMOVED_QUOTE);
  }
  return { text: out, count };
}

/** Whether the document still holds any form of the quotes. */
export function quotesIn(text: string, quotes: readonly string[]): boolean {
  return redactQuotes(text, quotes).count > 0;
}
