import type { ScreenerStatus } from "@/generated/prisma/enums";
import type { QuestionDefinition } from "./evaluate-screener";
import type { ScreenerWithQuestions } from "./get-screener";

export interface PublicQuestion extends QuestionDefinition {
  helpText: string | null;
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

export function publicScreenerView(s: ScreenerWithQuestions, options: { includeQuestions?: boolean } = {}): PublicScreener {
  const accepting = s.status === "active";
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    status: s.status,
    acceptingResponses: accepting,
    full: isFull(s),
    welcomeMessage: s.welcomeMessage,
    consentText: s.consentText,
    brandColor: s.brandColor,
    logoUrl: s.logoUrl,
    incentive: s.incentive,
    questions:
      accepting || options.includeQuestions
        ? s.questions.map((q) => ({
            id: q.id,
            text: q.text,
            helpText: q.helpText,
            type: q.type,
            required: q.required,
            options: q.options,
            min: q.min,
            max: q.max,
          }))
        : [],
  };
}
