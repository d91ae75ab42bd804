import type { ScreenerStatus } from "@/generated/prisma/enums";
import type { QuestionDefinition } from "./evaluate-screener";
import type { ScreenerWithQuestions } from "./get-screener";
import { optionLabels, pick, translationFor } from "./translations";

export interface PublicQuestion extends QuestionDefinition {
  helpText: string | null;
  /** what the participant reads for each option (translated labels); `options` stay the values submitted */
  optionLabels?: string[];
  /** texts shown in the main language because this language has none (the page marks them with their own `lang`) */
  fallback?: ("text" | "helpText" | "options")[];
}

/** What participants may see of a screener: never its qualification rules, counters or messages for later. */
export interface PublicScreener {
  id: string;
  title: string;
  description: string | null;
  status: ScreenerStatus;
  /** active: the form can be submitted */
  acceptingResponses: boolean;
  /** every place is taken (qualified responses reached maxParticipants) */
  full: boolean;
  welcomeMessage: string | null;
  consentText: string | null;
  brandColor: string | null;
  logoUrl: string | null;
  incentive: string | null;
  /** empty unless the screener is accepting responses */
  questions: PublicQuestion[];
  /** the language the texts were asked for (issue #17); the main language when none was */
  language: string;
  /** the language the researcher wrote the main texts in (the project's research language) */
  mainLanguage: string;
  /** texts shown in the main language because `language` has none: the page marks them with `lang={mainLanguage}` */
  fallback: ("title" | "description" | "welcomeMessage" | "consentText")[];
}

/** The names of the texts that exist in the main language but not in the translation (empty when no other language is asked for). */
function fallbacks<K extends string>(translated: boolean, t: Record<string, unknown>, main: Partial<Record<K, unknown>>): K[] {
  if (!translated) return [];
  return (Object.keys(main) as K[]).filter((k) => main[k] && pickNothing(t[k]));
}
const pickNothing = (v: unknown) => !(typeof v === "string" && v.trim()) && !(Array.isArray(v) && v.length);

export function isFull(s: Pick<ScreenerWithQuestions, "maxParticipants" | "qualifiedCount">): boolean {
  return s.maxParticipants !== null && s.qualifiedCount >= s.maxParticipants;
}

export function publicScreenerView(
  s: ScreenerWithQuestions,
  options: {
    includeQuestions?: boolean;
    /** the page's language: the researcher's texts for it, else the main ones */ language?: string;
    /** the language of the main texts (the project's research language) */ mainLanguage?: string;
  } = {},
): PublicScreener {
  const accepting = s.status === "active";
  const t = translationFor(s.translations, options.language);
  const mainLanguage = options.mainLanguage ?? "en";
  const language = options.language ?? mainLanguage;
  const translated = language !== mainLanguage;
  return {
    id: s.id,
    title: pick(t, "title", s.title) ?? s.title,
    description: pick(t, "description", s.description),
    status: s.status,
    acceptingResponses: accepting,
    full: isFull(s),
    welcomeMessage: pick(t, "welcomeMessage", s.welcomeMessage),
    consentText: pick(t, "consentText", s.consentText),
    brandColor: s.brandColor,
    logoUrl: s.logoUrl,
    incentive: s.incentive,
    questions:
      accepting || options.includeQuestions
        ? s.questions.map((q) => {
            const qt = translationFor(q.translations, options.language);
            const labels = optionLabels(qt, q.options);
            return {
              id: q.id,
              text: pick(qt, "text", q.text) ?? q.text,
              helpText: pick(qt, "helpText", q.helpText),
              type: q.type,
              required: q.required,
              options: q.options,
              ...(labels !== q.options ? { optionLabels: labels } : {}),
              ...withFallback(
                fallbacks(
                  translated,
                  { ...qt, options: labels !== q.options ? labels : undefined },
                  {
                    text: q.text,
                    helpText: q.helpText,
                    options: q.options.length ? q.options : null,
                  },
                ),
              ),
              min: q.min,
              max: q.max,
            };
          })
        : [],
    language,
    mainLanguage,
    fallback: fallbacks(translated, t, {
      title: s.title,
      description: s.description,
      welcomeMessage: s.welcomeMessage,
      consentText: s.consentText,
    }),
  };
}

const withFallback = (fallback: ("text" | "helpText" | "options")[]) => (fallback.length ? { fallback } : {});
