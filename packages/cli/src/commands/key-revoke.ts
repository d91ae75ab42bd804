// usertests key revoke <keyId> — revoke a secret key; it stops working at once (DELETE /api/v1/projects/:id/keys/:keyId, admin).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatDate } from "../lib/output";
import type { Key } from "../lib/types";

export default defineCommand({
  name: "key revoke",
  summary: "Revoke a secret key (it stops working immediately)",
  usage: "<keyId> [--project <id>]",
  async run(ctx, args) {
    const [keyId] = positionals(args, ["keyId"]);
    const data = await ctx.api.delete<{ key: Key }>(`/api/v1/projects/${seg(ctx.projectId())}/keys/${seg(keyId)}`);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Revoked secret key "${data.key.name}" (${data.key.prefix}…) at ${formatDate(data.key.revokedAt)}.`);
  },
});
