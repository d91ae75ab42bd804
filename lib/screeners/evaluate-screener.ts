// Pure screener evaluation, shared by the server (submit-screener-response.ts) and the public form
// (which runs validateAnswers on the rule-free definition, so client and server agree).
//
// 1. validateAnswers: every answer is checked against its question (required, type, options,
//    range, length); unknown question ids are rejected. Errors are per question id.
// 2. evaluateRules, in question order; the first failing question gives the reason:
//    - qualifyOptions (non-empty): the answer must be among them; for multiple choice at least one
//      selected option must be among them;
//    - disqualifyOptions: the answer must not be among them; for multiple choice no selected option
//      may be among them;
//    - qualifyMin / qualifyMax (number, scale): the answer must lie within them (inclusive).
//    An optional question left unanswered passes its disqualify rules but fails qualifyOptions and
//    qualifyMin/Max: a requirement needs an answer, otherwise skipping would be a way around it.
import { LIMITS, type QuestionShape, SCALE_DEFAULT } from "./schemas";

export type AnswerValue = string | string[] | number;
export type Answers = Record<string, AnswerValue>;
/** question id → messages for the participant */
export type AnswerErrors = Record<string, string[]>;

/** A stored question's fields that evaluation reads (the schema's shape), with its id. */
export type QuestionWithRules = { id: string } & Omit<QuestionShape, "helpText">;

/** What a participant sees of a question (no rules). */
export type QuestionDefinition = Omit<QuestionWithRules, "qualifyOptions" | "disqualifyOptions" | "qualifyMin" | "qualifyMax">;

export type Evaluation =
  | { ok: false; errors: AnswerErrors }
  | { ok: true; answers: Answers; qualified: boolean; reason: string | null; failedQuestionId: string | null };

/** The bounds a participant must stay within (scale questions have defaults). */
export function answerBounds(q: Pick<QuestionDefinition, "type" | "min" | "max">): { min: number | null; max: number | null } {
  if (q.type === "scale") return { min: q.min ?? SCALE_DEFAULT.min, max: q.max ?? SCALE_DEFAULT.max };
  return { min: q.min, max: q.max };
}

export function isUnanswered(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 6 });

function toNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** One answer, normalised; or the message explaining what is wrong with it. */
function checkAnswer(q: QuestionDefinition, v: unknown): { value: AnswerValue } | { error: string } {
  switch (q.type) {
    case "number":
    case "scale": {
      const n = toNumber(v);
      const { min, max } = answerBounds(q);
      if (q.type === "scale") {
        if (n === null || !Number.isInteger(n) || (min !== null && n < min) || (max !== null && n > max)) {
          return { error: `Choose a value from ${fmt(min!)} to ${fmt(max!)}.` };
        }
        return { value: n };
      }
      if (n === null) return { error: "Enter a number." };
      if (min !== null && n < min) return { error: `Enter a number of at least ${fmt(min)}.` };
      if (max !== null && n > max) return { error: `Enter a number of at most ${fmt(max)}.` };
      return { value: n };
    }
    case "date":
      if (typeof v !== "string" || !isCalendarDate(v.trim())) return { error: "Enter a date as YYYY-MM-DD." };
      return { value: v.trim() };
    case "single_choice":
      if (typeof v !== "string" || !q.options.includes(v)) return { error: "Choose one of the options." };
      return { value: v };
    case "multiple_choice": {
      if (!Array.isArray(v) || !v.every((o) => typeof o === "string")) return { error: "Choose options from the list." };
      const picked = v as string[];
      if (!picked.every((o) => q.options.includes(o))) return { error: "Choose options from the list." };
      if (new Set(picked).size !== picked.length) return { error: "Choose each option at most once." };
      // stored in the question's order, so equal answers look equal
      return { value: q.options.filter((o) => picked.includes(o)) };
    }
    case "text": {
      if (typeof v !== "string") return { error: "Enter your answer as text." };
      const text = v.trim();
      if (text.length > LIMITS.textAnswerLength) return { error: `Keep your answer under ${fmt(LIMITS.textAnswerLength)} characters.` };
      return { value: text };
    }
  }
}

/** Checks every answer against its question; unanswered optional questions are left out of `answers`. */
export function validateAnswers(
  questions: readonly QuestionDefinition[],
  raw: Record<string, unknown>,
): { answers: Answers; errors: AnswerErrors } {
  const answers: Answers = {};
  const errors: AnswerErrors = {};
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(raw)) {
    if (!known.has(id)) errors[id] = ["This question is not part of this screener."];
  }
  for (const q of questions) {
    const v = raw[q.id];
    if (isUnanswered(v)) {
      if (q.required) errors[q.id] = ["This question is required."];
      continue;
    }
    const result = checkAnswer(q, v);
    if ("error" in result) errors[q.id] = [result.error];
    else answers[q.id] = result.value;
  }
  return { answers, errors };
}

const quote = (s: string) => `"${s}"`;

/** Why this (valid) answer fails the question's rules, or null when it passes. */
function ruleFailure(q: QuestionWithRules, answer: AnswerValue | undefined): string | null {
  const head = `${quote(q.text)} —`;
  const needsAnswer = q.qualifyOptions.length > 0 || q.qualifyMin !== null || q.qualifyMax !== null;
  if (answer === undefined) return needsAnswer ? `${head} no answer given; the qualifying rule needs one` : null;

  if (q.type === "single_choice" && typeof answer === "string") {
    if (q.qualifyOptions.length && !q.qualifyOptions.includes(answer)) return `${head} answer ${quote(answer)} does not qualify`;
    if (q.disqualifyOptions.includes(answer)) return `${head} answer ${quote(answer)} disqualifies`;
    return null;
  }
  if (q.type === "multiple_choice" && Array.isArray(answer)) {
    if (q.qualifyOptions.length && !answer.some((o) => q.qualifyOptions.includes(o))) {
      return `${head} none of the selected answers (${answer.map(quote).join(", ")}) qualifies`;
    }
    const bad = answer.filter((o) => q.disqualifyOptions.includes(o));
    if (bad.length) return `${head} answer ${bad.map(quote).join(", ")} disqualifies`;
    return null;
  }
  if ((q.type === "number" || q.type === "scale") && typeof answer === "number") {
    if (q.qualifyMin !== null && answer < q.qualifyMin)
      return `${head} answer ${fmt(answer)} is below the qualifying minimum of ${fmt(q.qualifyMin)}`;
    if (q.qualifyMax !== null && answer > q.qualifyMax)
      return `${head} answer ${fmt(answer)} is above the qualifying maximum of ${fmt(q.qualifyMax)}`;
  }
  return null;
}

/** Applies the rules in question order; the first failing question decides the reason. */
export function evaluateRules(
  questions: readonly QuestionWithRules[],
  answers: Answers,
): { qualified: boolean; reason: string | null; failedQuestionId: string | null } {
  for (const q of questions) {
    const reason = ruleFailure(q, answers[q.id]);
    if (reason) return { qualified: false, reason, failedQuestionId: q.id };
  }
  return { qualified: true, reason: null, failedQuestionId: null };
}

/** Validation first (nothing is evaluated while any answer is invalid), then the rules. */
export function evaluateScreener(questions: readonly QuestionWithRules[], raw: Record<string, unknown>): Evaluation {
  const { answers, errors } = validateAnswers(questions, raw);
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, answers, ...evaluateRules(questions, answers) };
}
