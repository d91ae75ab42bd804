// usertests screener create --title <title> — a draft screener, optionally with questions (POST /api/v1/projects/:id/screeners).
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { UsageError } from "../lib/errors";
import type { Screener } from "../lib/types";
import { printScreener, screenerBody, screenerFieldHelp, screenerFieldOptions } from "./screener-shared";

export default defineCommand({
  name: "screener create",
  summary: "Create a draft screener",
  usage: "--title <title> [--description <text>] [--incentive <text>] [--max-participants <n>] [--data <json|@file>]",
  help: screenerFieldHelp,
  options: screenerFieldOptions,
  async run(ctx, args) {
    if (args.positionals.length) throw new UsageError(`Unexpected argument "${args.positionals[0]}" (use --title)`);
    const body = await screenerBody(ctx, args);
    if (body.title === undefined) throw new UsageError("--title is required");
    const data = await ctx.api.post<{ screener: Screener }>(`/api/v1/projects/${seg(ctx.projectId())}/screeners`, body);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(
      `Created draft screener ${data.screener.id}. Add questions with \`usertests screener add-question ${data.screener.id} …\`, then activate it.`,
    );
    printScreener(ctx, data.screener);
  },
});
