import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getScreenerOrThrow } from "./get-screener";
import type { ListResponsesQuery } from "./schemas";
import { consentsOf } from "@/lib/sessions/consents";

/**
 * A screener's responses, newest first, a page at a time (keyset pagination on createdAt + id, so
 * new responses arriving between pages do not shift or repeat rows). Each carries the stored
 * qualification reason and the id and status of its interview session.
 */
export async function listScreenerResponses(input: { projectId: string; screenerId: string; query: ListResponsesQuery }) {
  await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId });
  const { limit, cursor, qualified } = input.query;
  const where: Prisma.ScreenerResponseWhereInput = { screenerId: input.screenerId, ...(qualified === undefined ? {} : { qualified }) };
  if (cursor) {
    const after = await db.screenerResponse.findFirst({
      where: { id: cursor, screenerId: input.screenerId },
      select: { id: true, createdAt: true },
    });
    if (!after)
      throw new AppError("validation_failed", "Invalid query string", { fields: { cursor: ["is not a response of this screener"] } });
    where.OR = [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }];
  }
  const rows = await db.screenerResponse.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { session: { select: { id: true, status: true } } },
  });
  const page = rows.slice(0, limit);
  return {
    responses: page.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      qualified: r.qualified,
      reason: r.disqualifyReason,
      participantName: r.participantName,
      participantEmail: r.participantEmail,
      answers: r.answers as Record<string, string | string[] | number>,
      consents: consentsOf(r),
      utm: { source: r.utmSource, medium: r.utmMedium, campaign: r.utmCampaign, term: r.utmTerm, content: r.utmContent },
      sessionId: r.sessionId,
      sessionStatus: r.session?.status ?? null,
    })),
    nextCursor: rows.length > limit ? page[page.length - 1].id : null,
  };
}

export type ScreenerResponseItem = Awaited<ReturnType<typeof listScreenerResponses>>["responses"][number];
