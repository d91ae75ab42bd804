// usertests key list — the project's public key and its secret keys (GET /api/v1/projects/:id/keys, admin).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatDate } from "../lib/output";
import type { Key } from "../lib/types";

export default defineCommand({
  name: "key list",
  summary: "List the project's public key and secret keys",
  usage: "[--project <id>]",
  async run(ctx, args) {
    positionals(args, []);
    const data = await ctx.api.get<{ publicKey: Key | null; secretKeys: Key[] }>(`/api/v1/projects/${seg(ctx.projectId())}/keys`);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.fields([["Public key", data.publicKey?.value ?? "none (rotate to issue one)"]]);
    ctx.out.heading("Secret keys");
    ctx.out.table(
      data.secretKeys,
      [
        { header: "id", get: (k) => k.id },
        { header: "name", get: (k) => k.name, max: 30 },
        { header: "prefix", get: (k) => `${k.prefix}…` },
        { header: "created", get: (k) => formatDate(k.createdAt) },
        { header: "last used", get: (k) => formatDate(k.lastUsedAt) },
        { header: "status", get: (k) => (k.revokedAt ? `revoked ${formatDate(k.revokedAt)}` : "active") },
      ],
      { empty: "No secret keys. Create one with: usertests key create --name <name>" },
    );
  },
});
