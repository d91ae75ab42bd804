import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * Deletes a screener with its questions and responses. Interview sessions that came from it are
 * kept (they are research data of their own); they just lose the link to the screener.
 */
export async function deleteScreener(input: { projectId: string; screenerId: string }) {
  const { count } = await db.screener.deleteMany({ where: { id: input.screenerId, projectId: input.projectId } });
  if (count === 0) throw notFound("Screener");
}
