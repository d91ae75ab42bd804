// usertests task get <taskId> — a task with its priority breakdown, evidence, status history, implementations and measurements.
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatDate, formatNumber, formatOffset } from "../lib/output";
import type { TaskDetail } from "../lib/types";

export default defineCommand({
  name: "task get",
  summary: "Show a task with its priority breakdown and evidence",
  usage: "<taskId> [--project <id>]",
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const data = await ctx.api.get<{ task: TaskDetail }>(`/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}`);
    if (ctx.json) return ctx.out.json(data);
    const t = data.task;
    const b = t.priorityBreakdown ?? {};
    ctx.out.fields([
      ["Task", t.id],
      ["Title", t.title],
      ["Type", t.type],
      ["Status", t.status],
      ["Effort", t.effort],
      ["Priority", `${formatNumber(t.priorityScore, 1)} (${t.priorityLabel})`],
      [
        "Breakdown",
        ["frequency", "recency", "intensity", "breadth", "urgency"]
          .filter((k) => typeof b[k] === "number")
          .map((k) => `${k} ${formatNumber(b[k], 0)}`)
          .join(", "),
      ],
      ["Evidence", `${t.signalCount} signals from ${t.sessionCount} sessions`],
      ["Created", formatDate(t.createdAt)],
    ]);
    if (t.description) {
      ctx.out.heading("Description");
      ctx.out.line(t.description);
    }
    ctx.out.heading(`Evidence (${t.evidence?.length ?? 0})`);
    ctx.out.table(
      t.evidence ?? [],
      [
        { header: "signal", get: (s) => s.id },
        { header: "type", get: (s) => s.type },
        { header: "session", get: (s) => `${s.sessionId}@${formatOffset(s.offsetMs)}` },
        { header: "participant", get: (s) => s.session?.participantName ?? s.session?.participantEmail, max: 24 },
        { header: "quote", get: (s) => s.quote, max: 70 },
      ],
      { indent: "  " },
    );
    if (t.statusChanges?.length) {
      ctx.out.heading("Status history");
      for (const c of t.statusChanges) ctx.out.line(`  ${formatDate(c.createdAt)}  ${c.fromStatus ?? "(new)"} → ${c.toStatus}`);
    }
    if (t.implementations?.length) {
      ctx.out.heading("Implementations");
      ctx.out.table(
        t.implementations,
        [
          { header: "id", get: (i) => i.id },
          { header: "status", get: (i) => i.status },
          { header: "branch", get: (i) => i.branch },
          { header: "pr", get: (i) => i.prUrl },
          { header: "created", get: (i) => formatDate(i.createdAt) },
        ],
        { indent: "  " },
      );
    }
    if (t.measurements?.length) {
      ctx.out.heading("Measurements");
      ctx.out.table(
        t.measurements,
        [
          { header: "date", get: (m) => formatDate(m.createdAt) },
          { header: "window", get: (m) => (m.windowDays ? `${m.windowDays} d` : null) },
          { header: "baseline", get: (m) => `${formatNumber(m.baselineRate)} (${m.baselineSessions} ses)` },
          { header: "current", get: (m) => `${formatNumber(m.currentRate)} (${m.currentSessions} ses)` },
          { header: "change", get: (m) => (typeof m.changePercent === "number" ? `${formatNumber(m.changePercent, 1)}%` : null) },
          { header: "verdict", get: (m) => m.verdict },
        ],
        { indent: "  " },
      );
    }
  },
});
