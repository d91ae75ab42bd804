// Plain shapes the dashboard's screener components work with: what the /api/v1 screener routes
// return as JSON (dates as strings), and what the server pages pass in (dates as Date).
import type { QuestionType, ScreenerStatus } from "@/generated/prisma/enums";
import type { ScreenerResponseItem } from "@/lib/screeners/list-screener-responses";
import type { QuestionShape, ScreenerFields } from "@/lib/screeners/schemas";

/** A stored question (its fields come from the zod schema) with its id and place in the screener. */
export type QuestionData = QuestionShape & {
  id: string;
  position: number;
  /** the researcher's per-language texts (lib/screeners/translations.ts), as stored */
  translations?: unknown;
};

/** A screener: its fields as the zod schema stores them, plus its status, counts and questions. */
export type ScreenerData = ScreenerFields & {
  id: string;
  projectId: string;
  status: ScreenerStatus;
  viewCount: number;
  startCount: number;
  completionCount: number;
  qualifiedCount: number;
  disqualifiedCount: number;
  /** the researcher's per-language texts (lib/screeners/translations.ts), as stored */
  translations?: unknown;
  questions: QuestionData[];
};

export type ResponseData = Omit<ScreenerResponseItem, "createdAt"> & { createdAt: string | Date };

/** Keeps only the fields the client needs (server pages pass Prisma rows, which carry more). */
export function toScreenerData(s: Omit<ScreenerData, "interviewMode"> & { interviewMode?: string }): ScreenerData {
  return {
    id: s.id,
    projectId: s.projectId,
    title: s.title,
    description: s.description,
    status: s.status,
    welcomeMessage: s.welcomeMessage,
    thankYouMessage: s.thankYouMessage,
    disqualifiedMessage: s.disqualifiedMessage,
    consentText: s.consentText,
    brandColor: s.brandColor,
    logoUrl: s.logoUrl,
    incentive: s.incentive,
    maxParticipants: s.maxParticipants,
    // the stored column is a SessionMode; screeners only offer text and voice
    interviewMode: s.interviewMode === "voice" ? "voice" : "text",
    viewCount: s.viewCount,
    startCount: s.startCount,
    completionCount: s.completionCount,
    qualifiedCount: s.qualifiedCount,
    disqualifiedCount: s.disqualifiedCount,
    translations: s.translations ?? {},
    questions: s.questions.map((q) => ({
      id: q.id,
      position: q.position,
      text: q.text,
      helpText: q.helpText,
      type: q.type,
      required: q.required,
      options: q.options,
      min: q.min,
      max: q.max,
      qualifyOptions: q.qualifyOptions,
      disqualifyOptions: q.disqualifyOptions,
      qualifyMin: q.qualifyMin,
      qualifyMax: q.qualifyMax,
      translations: q.translations ?? {},
    })),
  };
}

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  text: "Text",
  number: "Number",
  scale: "Scale",
  date: "Date",
};
