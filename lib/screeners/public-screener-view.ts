import type { ScreenerStatus } from "@/generated/prisma/enums";
import type { QuestionDefinition } from "./evaluate-screener";
import type { ScreenerWithQuestions } from "./get-screener";
import { optionLabels, pick, translationFor } from "./translations";

export interface PublicQuestion extends QuestionDefinition {
  helpText: string | null;
  /** what the participant reads for each option (translated labels); `options` stay the values submitted */
  optionLabels?: string[];
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
}

export function isFull(s: Pick<ScreenerWithQuestions, "maxParticipants" | "qualifiedCount">): boolean {
  return s.maxParticipants !== null && s.qualifiedCount >= s.maxParticipants;
}

export function publicScreenerView(
  s: ScreenerWithQuestions,
  options: {
    includeQuestions?: boolean;
    /** the page's language: the researcher's texts for it, else the main ones */ language?: string;
  } = {},
): PublicScreener {
  const accepting = s.status === "active";
  const t = translationFor(s.translations, options.language);
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
              min: q.min,
              max: q.max,
            };
          })
        : [],
  };
}
