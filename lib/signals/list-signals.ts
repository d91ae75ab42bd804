import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { redactText } from "@/lib/privacy/redact-pii";
import { afterCursor, decodeCursor, newestFirst, page } from "@/lib/pagination";
import type { ListSignalsQuery } from "./schemas";

/**
 * The text to find in quotes. People often type a phrase in quotation marks ("export breaks"): the
 * search is already a phrase search, so the marks are dropped. Served by a trigram index (ILIKE).
 */
export function quotePhrase(q: string | undefined): string | undefined {
  const phrase = q
    ?.trim()
    .replace(/^["“”]+|["“”]+$/g, "")
    .trim();
  return phrase || undefined;
}

/** A project's signals with their session and tasks, newest first, filtered and cursor-paginated. */
export async function listSignals(input: { projectId: string; query: ListSignalsQuery }) {
  const q = input.query;
  const phrase = quotePhrase(q.q);
  const where: Prisma.SignalWhereInput = {
    projectId: input.projectId,
    ...(q.type ? { type: q.type } : {}),
    ...(q.sessionId ? { sessionId: q.sessionId } : {}),
    ...(q.taskId ? { tasks: { some: { taskId: q.taskId } } } : {}),
    ...(q.minIntensity !== undefined ? { intensity: { gte: q.minIntensity } } : {}),
    ...(q.minConfidence !== undefined ? { confidence: { gte: q.minConfidence } } : {}),
    ...(phrase ? { quote: { contains: phrase, mode: "insensitive" } } : {}),
    ...(q.from || q.to ? { createdAt: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
    AND: [afterCursor(decodeCursor(q.cursor))],
  };
  const rows = await db.signal.findMany({
    where,
    orderBy: newestFirst,
    take: q.limit + 1,
    include: {
      session: { select: { id: true, participantName: true, participantEmail: true } },
      tasks: { select: { task: { select: { id: true, title: true } } } },
    },
  });
  const { items, nextCursor } = page(rows, q.limit);
  // quotes are stored redacted since ADR 015; older ones are redacted here, for everyone
  return {
    signals: items.map(({ tasks, ...s }) => ({
      ...s,
      quote: redactText(s.quote),
      translation: s.translation && redactText(s.translation),
      tasks: tasks.map((t) => t.task),
    })),
    nextCursor,
  };
}
