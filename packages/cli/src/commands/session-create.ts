// usertests session create — create a session for a participant (POST …/sessions); not on servers that lack the route.
import { readJsonObjectArg, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute, UsageError } from "../lib/errors";

export default defineCommand({
  name: "session create",
  summary: "Create a session (needs a server that supports it)",
  usage: "[--project <id>] [--data <json|@file>]",
  options: { data: { type: "string" } },
  async run(ctx, args) {
    if (args.positionals.length) throw new UsageError(`Unexpected argument "${args.positionals[0]}"`);
    const body = await readJsonObjectArg(ctx.io, str(args.values, "data"));
    const data = await requireRoute("session create", () => ctx.api.post(`/api/v1/projects/${seg(ctx.projectId())}/sessions`, body));
    ctx.out.json(data);
  },
});
