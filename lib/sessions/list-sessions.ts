import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { afterCursor, decodeCursor, newestFirst, page } from "@/lib/pagination";
import type { ListSessionsQuery } from "./schemas";

/** What a row of a sessions table shows (the sessions list, the overview's newest sessions). */
export const sessionRowSelect = {
  id: true,
  participantName: true,
  participantEmail: true,
  status: true,
  mode: true,
  processingStatus: true,
  processingError: true,
  signalCount: true,
  durationMs: true,
  startedAt: true,
  completedAt: true,
  createdAt: true,
  screenerId: true,
} satisfies Prisma.SessionSelect;

/** A project's sessions, newest first, filtered and cursor-paginated (one query). */
export async function listSessions(input: { projectId: string; query: ListSessionsQuery }) {
  const { query } = input;
  const where: Prisma.SessionWhereInput = {
    projectId: input.projectId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.processingStatus ? { processingStatus: query.processingStatus } : {}),
    ...(query.q
      ? {
          OR: [
            { participantEmail: { contains: query.q, mode: "insensitive" } },
            { participantName: { contains: query.q, mode: "insensitive" } },
            { id: query.q },
          ],
        }
      : {}),
    ...(query.from || query.to
      ? { createdAt: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } }
      : {}),
    AND: [afterCursor(decodeCursor(query.cursor))],
  };
  const rows = await db.session.findMany({
    where,
    orderBy: newestFirst,
    take: query.limit + 1,
    select: sessionRowSelect,
  });
  const { items, nextCursor } = page(rows, query.limit);
  return { sessions: items, nextCursor };
}
