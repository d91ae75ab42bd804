// usertests screener list — screeners with their funnel counters (GET /api/v1/projects/:id/screeners).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatDate } from "../lib/output";
import type { Screener } from "../lib/types";

export default defineCommand({
  name: "screener list",
  summary: "List screeners with their funnel",
  usage: "[--project <id>]",
  async run(ctx, args) {
    positionals(args, []);
    const data = await ctx.api.get<{ screeners: Screener[] }>(`/api/v1/projects/${seg(ctx.projectId())}/screeners`);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.table(
      data.screeners,
      [
        { header: "id", get: (s) => s.id },
        { header: "status", get: (s) => s.status },
        { header: "title", get: (s) => s.title, max: 40 },
        { header: "questions", get: (s) => s.questionCount, align: "right" },
        { header: "views", get: (s) => s.viewCount, align: "right" },
        { header: "qualified", get: (s) => s.qualifiedCount, align: "right" },
        { header: "disqualified", get: (s) => s.disqualifiedCount, align: "right" },
        { header: "created", get: (s) => formatDate(s.createdAt) },
      ],
      { empty: "No screeners yet. Create one with: usertests screener create --title <title>" },
    );
  },
});
