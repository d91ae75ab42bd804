// usertests screener get <screenerId> — a screener with its questions, rules and funnel (GET …/screeners/:id).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import type { Screener } from "../lib/types";
import { printScreener } from "./screener-shared";

export default defineCommand({
  name: "screener get",
  summary: "Show a screener with its questions and qualification rules",
  usage: "<screenerId> [--project <id>]",
  async run(ctx, args) {
    const [id] = positionals(args, ["screenerId"]);
    const data = await ctx.api.get<{ screener: Screener }>(`/api/v1/projects/${seg(ctx.projectId())}/screeners/${seg(id)}`);
    if (ctx.json) return ctx.out.json(data);
    printScreener(ctx, data.screener);
  },
});
