import { db } from "@/lib/db";
import { notAcceptingResponses } from "./submit-screener-response";

/**
 * Counts a participant starting the form (the funnel's "starts"): the public page calls it once,
 * on the first answer, and then tells the submission so it is not counted twice. Clients that
 * never call it get their start counted when they submit.
 */
export async function recordScreenerStart(input: { projectId: string; screenerId: string }) {
  const count = await db.$executeRaw`
    UPDATE "Screener" SET "startCount" = "startCount" + 1
    WHERE id = ${input.screenerId} AND "projectId" = ${input.projectId} AND status = 'active'`;
  if (count === 0) {
    const screener = await db.screener.findFirst({ where: { id: input.screenerId, projectId: input.projectId }, select: { status: true } });
    throw notAcceptingResponses(screener?.status ?? null);
  }
}
