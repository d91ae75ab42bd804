import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { getScreenerOrThrow } from "./get-screener";
import { type QuestionShape, questionIssues, resetFieldsFor, type UpdateQuestionInput, withQuestionDefaults } from "./schemas";

/**
 * Changes a question. The result (stored question + the change) must be a valid question of its
 * type, else 400 and nothing changes. When the type changes, fields that do not apply to the new
 * type (options and option rules for non-choice types, bounds and ranges) are cleared unless the
 * request sends them, so switching "single choice" → "number" does not need a second call.
 */
export async function updateScreenerQuestion(input: {
  projectId: string;
  screenerId: string;
  questionId: string;
  data: UpdateQuestionInput;
}) {
  return db.$transaction(async (tx) => {
    const screener = await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
    const existing = screener.questions.find((q) => q.id === input.questionId);
    if (!existing) throw notFound("Question");

    const current: QuestionShape = {
      text: existing.text,
      helpText: existing.helpText,
      type: existing.type,
      required: existing.required,
      options: existing.options,
      min: existing.min,
      max: existing.max,
      qualifyOptions: existing.qualifyOptions,
      disqualifyOptions: existing.disqualifyOptions,
      qualifyMin: existing.qualifyMin,
      qualifyMax: existing.qualifyMax,
    };
    const typeChanged = input.data.type !== undefined && input.data.type !== existing.type;
    const merged = withQuestionDefaults({ ...current, ...(typeChanged ? resetFieldsFor(input.data.type!) : {}), ...input.data });
    const issues = questionIssues(merged);
    if (issues.length) {
      // same shape as the route wrapper's validation errors: { fields: { "path": [messages] } }
      const fields: Record<string, string[]> = {};
      for (const i of issues) (fields[i.path.join(".")] ??= []).push(i.message);
      throw new AppError("validation_failed", "Invalid request body", { fields });
    }

    const question = await tx.screenerQuestion.update({ where: { id: existing.id }, data: merged });
    await tx.screener.update({ where: { id: screener.id }, data: { updatedAt: new Date() } });
    return { question, screener: await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx }) };
  });
}
