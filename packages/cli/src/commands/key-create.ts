// usertests key create --name <name> — a new secret key, shown once (POST /api/v1/projects/:id/keys, admin).
import { positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { UsageError } from "../lib/errors";
import type { Key } from "../lib/types";

export default defineCommand({
  name: "key create",
  summary: "Create a secret key (ut_sec_…); its value is shown only once",
  usage: "--name <name> [--project <id>]",
  options: { name: { type: "string" } },
  async run(ctx, args) {
    positionals(args, []);
    const name = str(args.values, "name");
    if (!name) throw new UsageError("--name is required (e.g. --name ci)");
    const data = await ctx.api.post<{ key: Key; secret: string }>(`/api/v1/projects/${seg(ctx.projectId())}/keys`, { name });
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Created secret key "${data.key.name}" (${data.key.id}). Copy it now, it will not be shown again:`);
    ctx.out.line("");
    ctx.out.line(`  ${data.secret}`);
    ctx.out.line("");
  },
});
