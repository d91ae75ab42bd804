import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { getScreenerOrThrow } from "./get-screener";

/**
 * Removes a question and closes the gap in the order. An active screener keeps at least one
 * question (409): pause it first. Stored answers to the question stay in the responses.
 */
export async function deleteScreenerQuestion(input: { projectId: string; screenerId: string; questionId: string }) {
  return db.$transaction(async (tx) => {
    // lock the screener row so a concurrent status change or delete sees a consistent question count
    await tx.$queryRaw`SELECT id FROM "Screener" WHERE id = ${input.screenerId} FOR UPDATE`;
    const screener = await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
    const question = screener.questions.find((q) => q.id === input.questionId);
    if (!question) throw notFound("Question");
    if (screener.status === "active" && screener.questions.length === 1) {
      throw conflict("An active screener needs at least one question; pause it before removing its last question");
    }
    await tx.screenerQuestion.delete({ where: { id: question.id } });
    const rest = screener.questions.filter((q) => q.id !== question.id);
    for (const [position, q] of rest.entries()) {
      if (q.position !== position) await tx.screenerQuestion.update({ where: { id: q.id }, data: { position } });
    }
    await tx.screener.update({ where: { id: screener.id }, data: { updatedAt: new Date() } });
    return getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
  });
}
