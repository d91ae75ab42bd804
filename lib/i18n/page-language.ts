// The language of a participant page that is not the screener (which resolves against its
// project's interview languages, lib/languages/load-participant-language.ts): the link's `?lang=`,
// else the language stored on the session (chosen on the screener), else the browser's
// Accept-Language, else English. Any supported language counts: these pages show our own text.
import { headers } from "next/headers";
import { resolveParticipantLanguage } from "@/lib/languages/resolve-language";
import { LANGUAGE_CODES, toSupportedLanguage, type LanguageCode } from "@/lib/languages/supported";

export async function participantPageLanguage(input: { link?: string | null; stored?: string | null } = {}): Promise<LanguageCode> {
  const explicit = toSupportedLanguage(input.link) ?? toSupportedLanguage(input.stored);
  if (explicit) return explicit;
  // outside a request (a page module rendered by a test) there is no browser to ask
  const acceptLanguage = await (async () => (await headers()).get("accept-language"))().catch(() => null);
  return resolveParticipantLanguage({ acceptLanguage, interviewLanguages: LANGUAGE_CODES }).language;
}
