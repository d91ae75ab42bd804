import { db, type DbClient } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const questionOrder = [{ position: "asc" as const }, { id: "asc" as const }];

/**
 * A project's screener with its questions in order; "not found" for ids of other projects, so a
 * screener id never reveals another tenant's data.
 */
export async function getScreenerOrThrow(input: { projectId: string; screenerId: string; tx?: DbClient }) {
  const screener = await (input.tx ?? db).screener.findFirst({
    where: { id: input.screenerId, projectId: input.projectId },
    include: { questions: { orderBy: questionOrder } },
  });
  if (!screener) throw notFound("Screener");
  return screener;
}

export type ScreenerWithQuestions = Awaited<ReturnType<typeof getScreenerOrThrow>>;
