// usertests signal list — evidence, newest first, with filters (GET /api/v1/projects/:id/signals).
import { num, oneOf, positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatDate, formatNumber, formatOffset } from "../lib/output";
import type { SignalRow } from "../lib/types";

export const SIGNAL_TYPES = [
  "firing_moment",
  "struggling_moment",
  "workaround",
  "emotional_response",
  "desired_outcome",
  "hiring_criteria",
] as const;

export default defineCommand({
  name: "signal list",
  summary: "List signals (evidence), newest first",
  usage:
    "[--type <t>] [--session <id>] [--task <id>] [--min-intensity <0-1>] [--min-confidence <0-1>] [--q <text>] [--limit <n>] [--cursor <c>]",
  help: [`--type <t>   ${SIGNAL_TYPES.join(" | ")}`, "--q <text>   quote contains", "--from/--to <date> created between (ISO dates)"],
  options: {
    type: { type: "string" },
    session: { type: "string" },
    task: { type: "string" },
    "min-intensity": { type: "string" },
    "min-confidence": { type: "string" },
    q: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    limit: { type: "string" },
    cursor: { type: "string" },
  },
  async run(ctx, args) {
    positionals(args, []);
    const v = args.values;
    const data = await ctx.api.get<{ signals: SignalRow[]; nextCursor: string | null }>(
      `/api/v1/projects/${seg(ctx.projectId())}/signals`,
      {
        type: oneOf(v, "type", SIGNAL_TYPES),
        sessionId: str(v, "session"),
        taskId: str(v, "task"),
        minIntensity: num(v, "min-intensity", { min: 0, max: 1 }),
        minConfidence: num(v, "min-confidence", { min: 0, max: 1 }),
        q: str(v, "q"),
        from: str(v, "from"),
        to: str(v, "to"),
        limit: num(v, "limit", { integer: true, min: 1, max: 100 }),
        cursor: str(v, "cursor"),
      },
    );
    if (ctx.json) return ctx.out.json(data);
    ctx.out.table(
      data.signals,
      [
        { header: "id", get: (s) => s.id },
        { header: "type", get: (s) => s.type },
        { header: "conf", get: (s) => formatNumber(s.confidence), align: "right" },
        { header: "int", get: (s) => formatNumber(s.intensity), align: "right" },
        { header: "session", get: (s) => `${s.sessionId}@${formatOffset(s.offsetMs)}` },
        { header: "tasks", get: (s) => (s.tasks ?? []).map((t) => t.id ?? t.taskId) },
        { header: "created", get: (s) => formatDate(s.createdAt) },
        { header: "quote", get: (s) => s.quote, max: 70 },
      ],
      { empty: "No signals match." },
    );
    if (data.nextCursor) ctx.out.info(`More: --cursor ${data.nextCursor}`);
  },
});
