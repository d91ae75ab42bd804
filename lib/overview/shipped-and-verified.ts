// The overview's "shipped and verified": tasks whose pull request is merged (shipped), and among them
// those whose overall verdict is "verified fixed" — the same rule as the task page (ADR 017), applied
// to each merged task. Three queries whatever the project's size; the rows read grow with merged
// tasks and their follow-up verdicts (a handful of participants each), never with sessions.
import { db } from "@/lib/db";
import { criteriaOf } from "@/lib/follow-up/acceptance-criteria";
import { criteriaCountOf, overallVerdict } from "@/lib/follow-up/overall-verdict";

export async function countShippedAndVerified(input: { projectId: string }): Promise<{ shipped: number; verified: number }> {
  const merges = await db.implementation.findMany({
    where: { projectId: input.projectId, status: "merged" },
    // each task's latest merge: its criteria are the ones being verified
    distinct: ["taskId"],
    orderBy: [{ taskId: "asc" }, { mergedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { taskId: true, mergedAt: true, acceptanceCriteria: true, spec: true },
  });
  const taskIds = merges.map((m) => m.taskId);
  const [verdicts, measurements] = await Promise.all([
    db.followUpVerdict.findMany({
      where: { projectId: input.projectId, taskId: { in: taskIds } },
      select: { taskId: true, sessionId: true, criterionIndex: true, verdict: true, confidence: true, createdAt: true },
    }),
    db.measurement.findMany({
      where: { taskId: { in: taskIds } },
      distinct: ["taskId"],
      orderBy: [{ taskId: "asc" }, { createdAt: "desc" }],
      select: { taskId: true, verdict: true },
    }),
  ]);
  const impactOf = new Map(measurements.map((m) => [m.taskId, m.verdict]));
  const verdictsOf = new Map<string, typeof verdicts>();
  for (const v of verdicts) {
    const list = verdictsOf.get(v.taskId);
    if (list) list.push(v);
    else verdictsOf.set(v.taskId, [v]);
  }
  let verified = 0;
  for (const m of merges) {
    // as on the task page: answers given before this merge were about an earlier change
    const rows = (verdictsOf.get(m.taskId) ?? []).filter((v) => !m.mergedAt || v.createdAt >= m.mergedAt);
    const result = overallVerdict({
      criteriaCount: criteriaCountOf(criteriaOf(m), rows),
      verdicts: rows,
      impact: impactOf.get(m.taskId) ?? null,
    });
    if (result.verdict === "verified_fixed") verified++;
  }
  return { shipped: merges.length, verified };
}
