import { db } from "@/lib/db";

/** A project's screeners, newest first, with their funnel counters and question count. */
export async function listScreeners(input: { projectId: string }) {
  const rows = await db.screener.findMany({
    where: { projectId: input.projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { _count: { select: { questions: true, responses: true } } },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, questionCount: _count.questions, responseCount: _count.responses }));
}

export type ScreenerListItem = Awaited<ReturnType<typeof listScreeners>>[number];
