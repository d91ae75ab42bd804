// The language a participant page is shown in (issue #17): the link's `?lang=` (set by the
// researcher's link or by the page's own language picker), else the browser's Accept-Language,
// else the project's first interview language — always one the project offers. Participant pages
// call it per request; the screener form submits the result, which becomes Session.language.
import { db } from "@/lib/db";
import { offeredLanguages, resolveParticipantLanguage } from "./resolve-language";
import { LANGUAGES, type LanguageCode } from "./supported";

export interface ParticipantLanguage {
  language: LanguageCode;
  dir: "ltr" | "rtl";
  /** the project's interview languages, for the picker (a single one needs no picker) */
  offered: { code: LanguageCode; nativeName: string }[];
}

export async function loadScreenerLanguage(input: {
  screenerId: string;
  link?: string | null;
  acceptLanguage?: string | null;
}): Promise<ParticipantLanguage> {
  const screener = await db.screener
    .findUnique({ where: { id: input.screenerId }, select: { project: { select: { interviewLanguages: true } } } })
    .catch(() => null);
  const interviewLanguages = screener?.project.interviewLanguages ?? null;
  const { language } = resolveParticipantLanguage({ link: input.link, acceptLanguage: input.acceptLanguage, interviewLanguages });
  return {
    language,
    dir: LANGUAGES[language].dir,
    offered: offeredLanguages(interviewLanguages).map((code) => ({ code, nativeName: LANGUAGES[code].nativeName })),
  };
}
