// usertests key rotate-public — replace the public key; the old one stops working at once (POST …/keys/rotate-public, admin).
import { bool, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { confirm } from "../lib/confirm";
import type { Key } from "../lib/types";

export default defineCommand({
  name: "key rotate-public",
  summary: "Replace the project's public key (screener links and SDK snippets must be updated)",
  usage: "[--project <id>] [--yes]",
  help: ["--yes   do not ask for confirmation (required when stdin is not a terminal)"],
  options: { yes: { type: "boolean", short: "y" } },
  async run(ctx, args) {
    positionals(args, []);
    const projectId = ctx.projectId();
    await confirm(
      ctx,
      bool(args.values, "yes"),
      `The current public key of project ${projectId} stops working immediately: every shared screener link and SDK snippet must be updated.`,
    );
    const data = await ctx.api.post<{ publicKey: Key }>(`/api/v1/projects/${seg(projectId)}/keys/rotate-public`);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line("New public key (the old one no longer works):");
    ctx.out.line("");
    ctx.out.line(`  ${data.publicKey.value}`);
    ctx.out.line("");
    ctx.out.line("Update the SDK snippet on your sites and re-share screener links (usertests screener url <id>).");
  },
});
