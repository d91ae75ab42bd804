// A participant's language, in the order the issue sets (#17): the screener link's `?lang=`, then
// their explicit choice on the screener or lobby, then the browser's Accept-Language (by q-value),
// then the project's first interview language. Only the project's interview languages are ever
// chosen: a link or a browser asking for another one falls through to the next source. Pure.
import { DEFAULT_LANGUAGE, toSupportedLanguage, type LanguageCode } from "./supported";

/** Accept-Language entries, best first (RFC 9110: q defaults to 1, q=0 means "not acceptable"). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 30)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((e) => e.tag && e.tag !== "*" && e.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((e) => e.tag);
}

/** The project's offered languages as supported codes, in order, never empty. */
export function offeredLanguages(interviewLanguages: readonly string[] | null | undefined): LanguageCode[] {
  const out: LanguageCode[] = [];
  for (const l of interviewLanguages ?? []) {
    const code = toSupportedLanguage(l);
    if (code && !out.includes(code)) out.push(code);
  }
  return out.length ? out : [DEFAULT_LANGUAGE];
}

export type LanguageSource = "link" | "choice" | "browser" | "project";

export function resolveParticipantLanguage(input: {
  /** `?lang=` on the screener or interview link */
  link?: string | null;
  /** the participant's pick in the language picker */
  choice?: string | null;
  acceptLanguage?: string | null;
  interviewLanguages: readonly string[] | null | undefined;
}): { language: LanguageCode; source: LanguageSource } {
  const offered = offeredLanguages(input.interviewLanguages);
  const pick = (tag: string | null | undefined) => {
    const code = toSupportedLanguage(tag);
    return code && offered.includes(code) ? code : null;
  };
  const link = pick(input.link);
  if (link) return { language: link, source: "link" };
  const choice = pick(input.choice);
  if (choice) return { language: choice, source: "choice" };
  for (const tag of parseAcceptLanguage(input.acceptLanguage)) {
    const browser = pick(tag);
    if (browser) return { language: browser, source: "browser" };
  }
  return { language: offered[0], source: "project" };
}
