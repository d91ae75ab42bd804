// usertests task verify <taskId> — "Did it work?": the overall verdict of a shipped task with its rule,
// the before/after impact, the follow-up invitations, and per acceptance criterion the participants'
// verdicts and quotes (GET …/tasks/:taskId/verification; participants are numbered, quotes redacted).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";
import { formatDate, formatNumber, formatOffset } from "../lib/output";

type Counts = { fixed: number; partly: number; not_fixed: number; not_tried: number };

interface Verification {
  task: { id: string; title: string; status: string };
  implementation: { id: string; prNumber: number | null; prUrl: string | null; prTitle: string | null; mergedAt: string | null } | null;
  impact: {
    verdict: string;
    baselineRate: number | null;
    currentRate: number | null;
    baselineSessions: number;
    currentSessions: number;
    changePercent: number | null;
  } | null;
  invitations: { total: number; sent: number; opened: number; completed: number; failed: number; optedOut: number };
  participants: number;
  criteria: {
    index: number;
    criterion: string;
    status: string;
    counts: Counts;
    quotes: { participant: string; verdict: string; quote: string | null; counted: boolean; sessionId: string; offsetMs: number | null }[];
  }[];
  overall: { verdict: string; label: string; rule: string; reason: string; disagreement: string | null };
}

const pct = (rate: number | null) => (rate === null ? "—" : `${formatNumber(rate * 100, 0)}%`);

export default defineCommand({
  name: "task verify",
  summary: "Did a shipped task work? Follow-up verdicts per acceptance criterion, the impact, and the overall verdict",
  usage: "<taskId> [--project <id>]",
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const data = await requireRoute("task verify", () =>
      ctx.api.get<{ verification: Verification }>(`/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/verification`),
    );
    if (ctx.json) return ctx.out.json(data);
    const v = data.verification;
    const i = v.implementation;
    const inv = v.invitations;
    ctx.out.fields([
      ["Task", `${v.task.id} — ${v.task.title}`],
      ["Verdict", `${v.overall.label} (rule ${v.overall.rule})`],
      ["Why", v.overall.reason],
      ["Disagreement", v.overall.disagreement],
      ["Pull request", i ? `${i.prUrl ?? `#${i.prNumber ?? "?"}`} merged ${formatDate(i.mergedAt)}` : "not merged yet"],
      [
        "Impact",
        v.impact &&
          `${pct(v.impact.baselineRate)} of ${v.impact.baselineSessions} sessions → ${pct(v.impact.currentRate)} of ${v.impact.currentSessions}` +
            `${v.impact.changePercent === null ? "" : ` (${formatNumber(v.impact.changePercent, 1)}%)`}: ${v.impact.verdict}`,
      ],
      ["Invitations", inv.total ? `${inv.total} invited, ${inv.sent} sent, ${inv.opened} opened, ${inv.completed} completed` : "none yet"],
      ["Participants", String(v.participants)],
    ]);
    if (!i) return ctx.out.info("Nothing merged yet: verification starts once the task's pull request is merged.");
    if (!v.criteria.length) return ctx.out.info("No acceptance criteria or verdicts yet: invite the participants behind the evidence.");
    ctx.out.heading("Acceptance criteria");
    ctx.out.table(
      v.criteria,
      [
        { header: "#", get: (c) => String(c.index + 1) },
        { header: "criterion", get: (c) => c.criterion, max: 50 },
        { header: "fixed", get: (c) => String(c.counts.fixed) },
        { header: "partly", get: (c) => String(c.counts.partly) },
        { header: "not fixed", get: (c) => String(c.counts.not_fixed) },
        { header: "not tried", get: (c) => String(c.counts.not_tried) },
        { header: "result", get: (c) => c.status.replaceAll("_", " ") },
      ],
      { indent: "  " },
    );
    for (const c of v.criteria) {
      if (!c.quotes.length) continue;
      ctx.out.heading(`${c.index + 1}. ${c.criterion}`);
      for (const q of c.quotes)
        ctx.out.line(
          `  ${q.participant}: ${q.verdict.replaceAll("_", " ")}${q.counted || q.verdict === "not_tried" ? "" : " (unclear, not counted)"}` +
            `${q.quote ? ` — "${q.quote}"` : ""}  [${q.sessionId}@${formatOffset(q.offsetMs)}]`,
        );
    }
  },
});
