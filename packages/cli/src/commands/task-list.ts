// usertests task list — tasks by priority (or newest), optionally by status (GET /api/v1/projects/:id/tasks).
import { num, oneOf, positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatNumber } from "../lib/output";
import type { Task } from "../lib/types";

export const TASK_STATUSES = ["backlog", "ready", "in_progress", "in_review", "done", "wont_fix"] as const;

export default defineCommand({
  name: "task list",
  summary: "List tasks, highest priority first",
  usage: "[--status <s>] [--sort priority|newest] [--limit <n>] [--cursor <c>]",
  help: [`--status <s>   ${TASK_STATUSES.join(" | ")}`, "--limit <n>    1–200 (default 50)"],
  options: { status: { type: "string" }, sort: { type: "string" }, limit: { type: "string" }, cursor: { type: "string" } },
  async run(ctx, args) {
    positionals(args, []);
    const v = args.values;
    const data = await ctx.api.get<{ tasks: Task[]; nextCursor: string | null }>(`/api/v1/projects/${seg(ctx.projectId())}/tasks`, {
      status: oneOf(v, "status", TASK_STATUSES),
      sort: oneOf(v, "sort", ["priority", "newest"] as const),
      limit: num(v, "limit", { integer: true, min: 1, max: 200 }),
      cursor: str(v, "cursor"),
    });
    if (ctx.json) return ctx.out.json(data);
    ctx.out.table(
      data.tasks,
      [
        { header: "id", get: (t) => t.id },
        { header: "priority", get: (t) => `${formatNumber(t.priorityScore, 0)} ${t.priorityLabel}`, align: "right" },
        { header: "status", get: (t) => t.status },
        { header: "type", get: (t) => t.type },
        { header: "effort", get: (t) => t.effort },
        { header: "evidence", get: (t) => `${t.signalCount} sig / ${t.sessionCount} ses`, align: "right" },
        { header: "title", get: (t) => t.title, max: 60 },
      ],
      { empty: "No tasks yet: they are created when sessions are processed." },
    );
    if (data.nextCursor) ctx.out.info(`More: --cursor ${data.nextCursor}`);
  },
});
