// zod schemas for screeners: the researcher's API (screener and question create/update, status,
// reorder, response listing) and the participant's submission. Messages are phrased to follow the
// field's name ("needs at least 2 options"), which is how the dashboard shows them next to a field.
// The question's shape is written once, as `questionFields`: the stored question (QuestionShape),
// the create request, the dashboard's QuestionData and the factories' input are all derived from it.
import { z } from "zod";
import { screenerTranslationsSchema, questionTranslationsSchema } from "./translations";
import { QuestionType, ScreenerStatus } from "@/generated/prisma/enums";
import { browserJson, browserText } from "@/lib/validation/browser-text";

/** The Prisma enums' values, in the schema's order (also the order of the builder's type menu). */
export const QUESTION_TYPES = Object.values(QuestionType) as [QuestionType, ...QuestionType[]];
export const SCREENER_STATUSES = Object.values(ScreenerStatus) as [ScreenerStatus, ...ScreenerStatus[]];

export const LIMITS = {
  questionsPerScreener: 50,
  optionsPerQuestion: 50,
  optionLength: 200,
  textAnswerLength: 2000,
  utmLength: 200,
  /** a scale is drawn as one button per point: 0–10 is the widest */
  scalePoints: 11,
} as const;

/** A scale question without bounds runs from 1 to 5; set min 0 and max 10 for an NPS-style scale. */
export const SCALE_DEFAULT = { min: 1, max: 5 } as const;

/** The interview modes a screener offers (the `async` session mode is not one). */
export const INTERVIEW_MODES = ["text", "voice"] as const;

export const isChoice = (t: QuestionType) => t === "single_choice" || t === "multiple_choice";
export const isNumeric = (t: QuestionType) => t === "number" || t === "scale";

// ───────────────────────── Screener ─────────────────────────

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((v) => (v ? v : null));

function isHttpsUrl(v: string): boolean {
  try {
    return new URL(v).protocol === "https:";
  } catch {
    return false;
  }
}

export const screenerFields = {
  title: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  description: optionalText(2000),
  welcomeMessage: optionalText(2000),
  thankYouMessage: optionalText(2000),
  disqualifiedMessage: optionalText(2000),
  consentText: optionalText(4000),
  brandColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #4f46e5")
    .transform((v) => v.toLowerCase())
    .nullable(),
  logoUrl: z
    .string()
    .trim()
    .max(2000, "must be at most 2000 characters")
    .refine((v) => v === "" || isHttpsUrl(v), "must be an https:// URL")
    .nullable()
    .transform((v) => (v ? v : null)),
  incentive: optionalText(200),
  maxParticipants: z.number().int("must be a whole number").min(1, "must be at least 1").max(100_000, "must be at most 100,000").nullable(),
  /** how sessions opened from this screener are interviewed (#18): a text chat or a voice conversation */
  interviewMode: z.enum(INTERVIEW_MODES, { error: `must be one of ${INTERVIEW_MODES.join(", ")}` }),
};

/** A screener's own fields as stored (its status, counts and questions aside). */
export type ScreenerFields = z.output<z.ZodObject<typeof screenerFields>>;

// ───────────────────────── Questions ─────────────────────────

const optionText = z
  .string()
  .trim()
  .min(1, "cannot be empty")
  .max(LIMITS.optionLength, `must be at most ${LIMITS.optionLength} characters`);
const optionList = z.array(optionText).max(LIMITS.optionsPerQuestion, `can have at most ${LIMITS.optionsPerQuestion} options`);
const bound = z.number().finite().min(-1e12).max(1e12).nullable();

export const questionFields = {
  text: z.string().trim().min(1, "is required").max(500, "must be at most 500 characters"),
  helpText: optionalText(1000),
  type: z.enum(QUESTION_TYPES, { error: `must be one of ${QUESTION_TYPES.join(", ")}` }),
  required: z.boolean(),
  options: optionList,
  min: bound,
  max: bound,
  qualifyOptions: optionList,
  disqualifyOptions: optionList,
  qualifyMin: bound,
  qualifyMax: bound,
};

/** A question as stored (after defaults): what questionIssues checks. */
export type QuestionShape = z.output<z.ZodObject<typeof questionFields>>;

/** Scale questions get their default bounds; everything else is kept as given. */
export function withQuestionDefaults(q: QuestionShape): QuestionShape {
  if (q.type !== "scale") return q;
  return { ...q, min: q.min ?? SCALE_DEFAULT.min, max: q.max ?? SCALE_DEFAULT.max };
}

/** The fields that do not apply to a question type, reset (used when a question changes type). */
export function resetFieldsFor(type: QuestionType): Partial<QuestionShape> {
  return {
    ...(isChoice(type) ? {} : { options: [], qualifyOptions: [], disqualifyOptions: [] }),
    ...(isNumeric(type) ? {} : { qualifyMin: null, qualifyMax: null }),
    min: null,
    max: null,
  };
}

type Issue = { path: (string | number)[]; message: string };

/** Type-specific rules of a complete question; an empty list means it is valid. */
export function questionIssues(input: QuestionShape): Issue[] {
  const q = withQuestionDefaults(input);
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const typeName = q.type.replace("_", " ");

  if (isChoice(q.type)) {
    const seen = new Map<string, number>();
    q.options.forEach((o, i) => {
      const key = o.toLowerCase();
      if (seen.has(key)) add(["options", i], `"${o}" is listed more than once`);
      else seen.set(key, i);
    });
    if (seen.size < 2) add(["options"], "needs at least 2 different options");
    const known = new Set(q.options);
    for (const list of ["qualifyOptions", "disqualifyOptions"] as const) {
      q[list].forEach((o, i) => {
        if (!known.has(o)) add([list, i], `"${o}" is not one of the options`);
      });
    }
    const qualifying = new Set(q.qualifyOptions);
    q.disqualifyOptions.forEach((o, i) => {
      if (qualifying.has(o)) add(["disqualifyOptions", i], `"${o}" cannot both qualify and disqualify`);
    });
    if (q.options.length >= 2 && q.options.every((o) => q.disqualifyOptions.includes(o))) {
      add(["disqualifyOptions"], "cannot include every option: nobody could qualify");
    }
    for (const f of ["min", "max", "qualifyMin", "qualifyMax"] as const) {
      if (q[f] !== null) add([f], "only applies to number and scale questions");
    }
    return issues;
  }

  for (const f of ["options", "qualifyOptions", "disqualifyOptions"] as const) {
    if (q[f].length) add([f], "only applies to single and multiple choice questions");
  }

  if (!isNumeric(q.type)) {
    for (const f of ["min", "max", "qualifyMin", "qualifyMax"] as const) {
      if (q[f] !== null) add([f], `does not apply to ${typeName} questions`);
    }
    return issues;
  }

  if (q.min !== null && q.max !== null && q.min >= q.max) add(["max"], "must be greater than the minimum");
  if (q.type === "scale") {
    for (const f of ["min", "max", "qualifyMin", "qualifyMax"] as const) {
      if (q[f] !== null && !Number.isInteger(q[f])) add([f], "must be a whole number on a scale");
    }
    if (q.min !== null && q.max !== null && q.max - q.min + 1 > LIMITS.scalePoints)
      add(["max"], `a scale can have at most ${LIMITS.scalePoints} points (e.g. 0–10)`);
  }
  if (q.qualifyMin !== null && q.qualifyMax !== null && q.qualifyMin > q.qualifyMax)
    add(["qualifyMax"], "must not be below the qualifying minimum");
  for (const f of ["qualifyMin", "qualifyMax"] as const) {
    const v = q[f];
    if (v === null) continue;
    if (q.min !== null && v < q.min) add([f], `must be within the question's range (at least ${q.min})`);
    if (q.max !== null && v > q.max) add([f], `must be within the question's range (at most ${q.max})`);
  }
  return issues;
}

// A create request names the text and the type; every other field may be left out. (`extend` keeps
// each field in its place, so issues are reported in the same order as the fields.)
const questionObject = z.object(questionFields).partial().extend({ text: questionFields.text, type: questionFields.type });

/** A question as a create request describes it: text and type, the rest optional. */
export type QuestionCreateFields = z.output<typeof questionObject>;

/** The stored fields a create request describes: what it leaves out is empty (or required, for `required`). */
export function fillQuestionFields(q: QuestionCreateFields): QuestionShape {
  return {
    text: q.text,
    helpText: q.helpText ?? null,
    type: q.type,
    required: q.required ?? true,
    options: q.options ?? [],
    min: q.min ?? null,
    max: q.max ?? null,
    qualifyOptions: q.qualifyOptions ?? [],
    disqualifyOptions: q.disqualifyOptions ?? [],
    qualifyMin: q.qualifyMin ?? null,
    qualifyMax: q.qualifyMax ?? null,
  };
}

/** Fills in what a create request may leave out, scale bounds included. */
export function questionFromCreate(q: QuestionCreateFields): QuestionShape {
  return withQuestionDefaults(fillQuestionFields(q));
}

export const createQuestionSchema = questionObject
  .extend({ translations: questionTranslationsSchema.optional() })
  .strict()
  .superRefine((q, ctx) => {
    for (const issue of questionIssues(questionFromCreate(q))) ctx.addIssue({ code: "custom", ...issue });
  })
  // per-language texts (issue #17) are stored beside the question; they never change its rules
  .transform(({ translations, ...q }) => ({ ...questionFromCreate(q), ...(translations ? { translations } : {}) }));

/** A PATCH body: any of the fields, at least one, and nothing else. */
const patchOf = <Fields extends z.ZodRawShape>(fields: Fields) =>
  z
    .object(fields)
    .partial()
    .strict()
    .refine((v) => Object.keys(v).length > 0, "send at least one field to change");

/** PATCH: any documented field; the merged question is checked again (update-screener-question.ts). */
export const updateQuestionSchema = patchOf({ ...questionFields, translations: questionTranslationsSchema });

export type CreateQuestionInput = z.output<typeof createQuestionSchema>;
export type UpdateQuestionInput = z.output<typeof updateQuestionSchema>;

// ───────────────────────── Screener create / update ─────────────────────────

/** The title is required; every other field may be left out. */
export const createScreenerSchema = z
  .object(screenerFields)
  .partial()
  .extend({
    title: screenerFields.title,
    /** optional initial questions, in order (the CLI creates a whole screener in one call) */
    questions: z
      .array(createQuestionSchema)
      .max(LIMITS.questionsPerScreener, `can have at most ${LIMITS.questionsPerScreener} questions`)
      .optional(),
  })
  .strict();

/** PATCH accepts exactly these fields (status changes go through the status endpoint). */
export const updateScreenerSchema = patchOf({ ...screenerFields, translations: screenerTranslationsSchema });

export type CreateScreenerInput = z.output<typeof createScreenerSchema>;
export type UpdateScreenerInput = z.output<typeof updateScreenerSchema>;

export const changeStatusSchema = z
  .object({ status: z.enum(SCREENER_STATUSES, { error: `must be one of ${SCREENER_STATUSES.join(", ")}` }) })
  .strict();

export const reorderQuestionsSchema = z
  .object({ questionIds: z.array(z.string().min(1).max(64)).min(1, "must list the questions").max(LIMITS.questionsPerScreener) })
  .strict();

export const listResponsesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** the `nextCursor` of the previous page */
  cursor: z.string().min(1).max(64).optional(),
  qualified: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
});

export type ListResponsesQuery = z.output<typeof listResponsesQuery>;

// ───────────────────────── Path params ─────────────────────────

const id = z.string().min(1).max(64);
export const screenersParams = z.object({ projectId: id });
export const screenerParams = z.object({ projectId: id, screenerId: id });
export const questionParams = z.object({ projectId: id, screenerId: id, questionId: id });
export const publicScreenerParams = z.object({ screenerId: id });

// ───────────────────────── Participant submission ─────────────────────────

// Participant-side text (UTM values carried by the page, answers, name) is stored with NUL and lone
// surrogates replaced (ADR 012); question ids as answer keys are refused with a 400 by route().
const utmValue = browserText()
  .trim()
  .max(LIMITS.utmLength, `must be at most ${LIMITS.utmLength} characters`)
  .optional()
  .transform((v) => (v ? v : undefined));

export const utmSchema = z.object({ source: utmValue, medium: utmValue, campaign: utmValue, term: utmValue, content: utmValue }).strict();

export type Utm = z.output<typeof utmSchema>;

export const submitResponseSchema = z
  .object({
    /** { [questionId]: string | string[] | number }; checked per question by evaluate-screener.ts */
    answers: z.record(z.string().max(64), browserJson()).refine((a) => Object.keys(a).length <= 200, "has too many entries"),
    participantName: browserText()
      .trim()
      .max(200, "must be at most 200 characters")
      .optional()
      .nullable()
      .transform((v) => (v ? v : null)),
    participantEmail: z
      .string()
      .trim()
      .max(320, "must be at most 320 characters")
      .refine((v) => v === "" || z.email().safeParse(v).success, "must be a valid email address")
      .optional()
      .nullable()
      .transform((v) => (v ? v.toLowerCase() : null)),
    consents: z
      .object({ recording: z.boolean().default(false), analytics: z.boolean().default(false), followUp: z.boolean().default(false) })
      .strict()
      .default({ recording: false, analytics: false, followUp: false }),
    utm: utmSchema.optional(),
    /** true when the page already counted this participant's start (POST …/start) */
    startRecorded: z.boolean().optional(),
    /** the language the participant chose on the page (or the link's ?lang=); resolved against the project's interview languages */
    language: z
      .string()
      .trim()
      .max(35)
      .regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, "must be a BCP-47 language tag such as es or pt-BR")
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.consents.followUp && !v.participantEmail) {
      ctx.addIssue({
        code: "custom",
        path: ["participantEmail"],
        message: "is needed to contact you later; add it or untick follow-up contact",
      });
    }
  });

export type SubmitResponseInput = z.output<typeof submitResponseSchema>;
