import { db } from "@/lib/db";

export interface LabelledAnswer {
  questionId: string;
  question: string;
  answer: string;
}

/**
 * A screener response's answers ({ questionId: value }) next to the questions' text, in the
 * screener's order; answers to questions deleted since are kept under a generic label. One query.
 */
export async function getScreenerAnswers(input: { screenerId: string | null; answers: unknown }): Promise<LabelledAnswer[]> {
  const answers =
    input.answers && typeof input.answers === "object" && !Array.isArray(input.answers) ? (input.answers as Record<string, unknown>) : {};
  const ids = Object.keys(answers);
  if (ids.length === 0) return [];
  const questions = input.screenerId
    ? await db.screenerQuestion.findMany({
        where: { screenerId: input.screenerId, id: { in: ids } },
        orderBy: { position: "asc" },
        select: { id: true, text: true },
      })
    : [];
  const known = new Set(questions.map((q) => q.id));
  const show = (v: unknown) => (Array.isArray(v) ? v.join(", ") : v === null || v === undefined || v === "" ? "—" : String(v));
  return [
    ...questions.map((q) => ({ questionId: q.id, question: q.text, answer: show(answers[q.id]) })),
    ...ids
      .filter((id) => !known.has(id))
      .map((id) => ({ questionId: id, question: "A question no longer in the screener", answer: show(answers[id]) })),
  ];
}
