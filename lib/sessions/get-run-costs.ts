import { db } from "@/lib/db";

export interface RunCost {
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  calls: number;
}

/** Model usage per processing run of a session (one grouped query), keyed by run id. */
export async function getRunCosts(input: { sessionId: string }): Promise<Map<string, RunCost>> {
  const rows = await db.llmUsage.groupBy({
    by: ["runId"],
    where: { sessionId: input.sessionId, runId: { not: null } },
    _sum: { costUsd: true, inputTokens: true, outputTokens: true },
    _count: { _all: true },
  });
  return new Map(
    rows.map((r) => [
      r.runId!,
      {
        costUsd: Number(r._sum.costUsd ?? 0),
        inputTokens: r._sum.inputTokens ?? 0,
        outputTokens: r._sum.outputTokens ?? 0,
        calls: r._count._all,
      },
    ]),
  );
}
