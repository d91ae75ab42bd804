// A task as an agent needs it, from the same use-cases the task page and the REST API read: the
// task page's view (priority breakdown, strongest evidence, already redacted) and the task's
// implementation attempts with their measurements. Participants are not named: this leaves the
// platform for a coding agent, so each quote points at its session moment instead.
import { getTaskVerification } from "@/lib/follow-up/get-task-verification";
import { listTaskImplementations } from "@/lib/implementations/list-implementations";
import { sessionMomentLink } from "@/lib/implementations/task-evidence";
import { getTaskView } from "@/lib/tasks/get-task-view";

/** Quotes an agent gets: enough to understand the problem, short enough to read. */
export const MCP_EVIDENCE_LIMIT = 10;

export async function loadTaskSummary(input: { projectId: string; taskId: string }) {
  const [view, attempts, verification] = await Promise.all([
    getTaskView(input),
    listTaskImplementations(input),
    getTaskVerification(input),
  ]);
  const { task } = view;
  const current = attempts.implementations[0] ?? null;
  const latestMeasurement = attempts.measurements.at(-1) ?? null;
  return {
    task: {
      id: task.id,
      projectId: task.projectId,
      title: task.title,
      description: task.description,
      type: task.type,
      status: task.status,
      effort: task.effort,
      priorityScore: task.priorityScore,
      priorityLabel: task.priorityLabel,
      priorityBreakdown: task.priorityBreakdown,
      signalCount: task.signalCount,
      sessionCount: task.sessionCount,
      createdAt: task.createdAt,
    },
    evidence: view.evidence.slice(0, MCP_EVIDENCE_LIMIT).map((s) => ({
      signalId: s.id,
      type: s.type,
      quote: s.quote,
      intensity: s.intensity,
      confidence: s.confidence,
      sessionId: s.session.id,
      offsetMs: s.offsetMs,
      momentUrl: sessionMomentLink(task.projectId, s.session.id, s.offsetMs),
    })),
    implementation: current && {
      id: current.id,
      status: current.status,
      dryRun: current.dryRun,
      hasSpec: current.spec !== null,
      branch: current.branch,
      prNumber: current.prNumber,
      prUrl: current.prUrl,
      prState: current.prState,
      mergedAt: current.mergedAt,
      error: current.error,
    },
    impact: latestMeasurement && {
      verdict: latestMeasurement.verdict,
      changePercent: latestMeasurement.changePercent,
      windowDays: latestMeasurement.windowDays,
      measuredAt: latestMeasurement.createdAt,
    },
    spec: attempts.implementations.find((i) => i.spec !== null)?.spec ?? null,
    // "did it work?" once merged (ADR 017): counts only — the quotes are on the task page and the PR comment
    verification: verification.implementation && {
      verdict: verification.overall.verdict,
      label: verification.overall.label,
      rule: verification.overall.rule,
      reason: verification.overall.reason,
      disagreement: verification.overall.disagreement,
      participants: verification.participants,
      criteria: verification.criteria.map((c) => ({ index: c.index, criterion: c.criterion, status: c.status, counts: c.counts })),
    },
  };
}

export type TaskSummary = Awaited<ReturnType<typeof loadTaskSummary>>;

const seconds = (ms: number | null) =>
  ms === null ? "" : ` @${Math.floor(ms / 60_000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

/** The task as Markdown: the resource's body, and the start of the fix_task prompt. */
export function taskMarkdown(s: TaskSummary, options: { withSpec?: boolean } = {}): string {
  const t = s.task;
  const b = t.priorityBreakdown;
  const lines = [
    `# ${t.title}`,
    "",
    `- Task: ${t.id} (${t.type}, status ${t.status}${t.effort ? `, effort ${t.effort}` : ""})`,
    `- Priority: ${t.priorityLabel} (${t.priorityScore.toFixed(1)}) — frequency ${b.frequency.toFixed(0)}, recency ${b.recency.toFixed(0)}, intensity ${b.intensity.toFixed(0)}, breadth ${b.breadth.toFixed(0)}, urgency ${b.urgency.toFixed(0)}`,
    `- Evidence: ${t.signalCount} signals from ${t.sessionCount} sessions`,
  ];
  if (s.implementation) {
    const i = s.implementation;
    lines.push(
      `- Implementation ${i.id}: ${i.status}${i.prUrl ? `, PR ${i.prUrl} (${i.prState ?? "unknown"})` : ""}${i.error ? `, error: ${i.error}` : ""}`,
    );
  }
  if (s.impact)
    lines.push(`- Impact: ${s.impact.verdict}${s.impact.changePercent === null ? "" : ` (${s.impact.changePercent.toFixed(1)}%)`}`);
  if (s.verification) {
    const v = s.verification;
    lines.push(`- Verification: ${v.label} (rule ${v.rule}, ${v.participants} participants) — ${v.reason}`);
    for (const c of v.criteria)
      lines.push(
        `  - ${c.index + 1}. ${c.criterion}: ${c.status} (fixed ${c.counts.fixed}, partly ${c.counts.partly}, not fixed ${c.counts.not_fixed}, not tried ${c.counts.not_tried})`,
      );
  }
  if (t.description) lines.push("", "## Description", "", t.description);
  lines.push("", "## Strongest evidence", "");
  if (!s.evidence.length) lines.push("No evidence linked yet.");
  for (const e of s.evidence) lines.push(`- [${e.type}] "${e.quote}" — session ${e.sessionId}${seconds(e.offsetMs)} (${e.momentUrl})`);
  if (options.withSpec && s.spec) lines.push("", "## Spec", "", s.spec);
  return lines.join("\n");
}
