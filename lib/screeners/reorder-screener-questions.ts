import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getScreenerOrThrow } from "./get-screener";

/** Puts the questions in the given order; the list must name each of the screener's questions exactly once. */
export async function reorderScreenerQuestions(input: { projectId: string; screenerId: string; questionIds: string[] }) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Screener" WHERE id = ${input.screenerId} FOR UPDATE`;
    const screener = await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
    const existing = new Set(screener.questions.map((q) => q.id));
    const given = new Set(input.questionIds);
    const unknown = input.questionIds.filter((id) => !existing.has(id));
    const missing = [...existing].filter((id) => !given.has(id));
    if (unknown.length || missing.length || given.size !== input.questionIds.length) {
      const messages = [
        ...(unknown.length ? [`not questions of this screener: ${unknown.join(", ")}`] : []),
        ...(missing.length ? [`missing: ${missing.join(", ")}`] : []),
        ...(given.size !== input.questionIds.length ? ["lists a question more than once"] : []),
      ];
      throw new AppError("validation_failed", "Invalid request body", {
        fields: { questionIds: [`must list every question of the screener exactly once (${messages.join("; ")})`] },
      });
    }
    for (const [position, id] of input.questionIds.entries()) {
      const q = screener.questions.find((x) => x.id === id)!;
      if (q.position !== position) await tx.screenerQuestion.update({ where: { id }, data: { position } });
    }
    await tx.screener.update({ where: { id: screener.id }, data: { updatedAt: new Date() } });
    return getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
  });
}
