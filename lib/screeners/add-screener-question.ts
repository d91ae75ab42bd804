import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getScreenerOrThrow } from "./get-screener";
import { type CreateQuestionInput, LIMITS } from "./schemas";

/** Appends a question at the end of the screener. Returns the screener with all its questions. */
export async function addScreenerQuestion(input: { projectId: string; screenerId: string; data: CreateQuestionInput }) {
  return db.$transaction(async (tx) => {
    const screener = await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
    if (screener.questions.length >= LIMITS.questionsPerScreener) {
      throw new AppError("unprocessable", `A screener can have at most ${LIMITS.questionsPerScreener} questions`);
    }
    const position = screener.questions.reduce((max, q) => Math.max(max, q.position + 1), 0);
    const question = await tx.screenerQuestion.create({ data: { ...input.data, screenerId: screener.id, position } });
    await tx.screener.update({ where: { id: screener.id }, data: { updatedAt: new Date() } });
    return { question, screener: await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx }) };
  });
}
