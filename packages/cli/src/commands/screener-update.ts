// usertests screener update <screenerId> --title … — change a screener's texts and limits (PATCH …/screeners/:id).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { UsageError } from "../lib/errors";
import type { Screener } from "../lib/types";
import { printScreener, screenerBody, screenerFieldHelp, screenerFieldOptions } from "./screener-shared";

export default defineCommand({
  name: "screener update",
  summary: "Change a screener's title, messages, incentive or limits",
  usage: "<screenerId> [--title <text>] [--incentive <text>] [--max-participants <n>] … [--data <json|@file>]",
  help: [...screenerFieldHelp, "Status changes: `screener activate` / `screener pause`."],
  options: screenerFieldOptions,
  async run(ctx, args) {
    const [id] = positionals(args, ["screenerId"]);
    const body = await screenerBody(ctx, args);
    if (!Object.keys(body).length) throw new UsageError("Nothing to change: pass at least one field (e.g. --title)");
    const data = await ctx.api.patch<{ screener: Screener }>(`/api/v1/projects/${seg(ctx.projectId())}/screeners/${seg(id)}`, body);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Updated screener ${id}.`);
    printScreener(ctx, data.screener);
  },
});
