import { db, type DbClient } from "@/lib/db";
import { getScreenerOrThrow } from "./get-screener";
import type { CreateScreenerInput } from "./schemas";

/** Creates a draft screener, optionally with its first questions (in the order given). */
export async function createScreener(input: { projectId: string; data: CreateScreenerInput }) {
  return db.$transaction((tx) => createScreenerIn(tx, input));
}

/** createScreener inside a caller's transaction. */
export async function createScreenerIn(tx: DbClient, input: { projectId: string; data: CreateScreenerInput }) {
  const { questions, ...fields } = input.data;
  const screener = await tx.screener.create({
    data: {
      projectId: input.projectId,
      status: "draft",
      ...fields,
      questions: questions?.length ? { create: questions.map((q, position) => ({ ...q, position })) } : undefined,
    },
  });
  return getScreenerOrThrow({ projectId: input.projectId, screenerId: screener.id, tx });
}
