// usertests screener url <screenerId> — the public link to share with participants (the project's public key comes from GET …/keys, admin).
import { bool, positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { ApiError, CliError, UsageError } from "../lib/errors";
import type { Key, Screener } from "../lib/types";

export default defineCommand({
  name: "screener url",
  summary: "Print the public screener link to share with participants",
  usage: "<screenerId> [--key <ut_pub_…>] [--preview] [--project <id>]",
  help: [
    "--key <ut_pub_…>   the project's public key (otherwise read with `key list`, which needs admin)",
    "--preview          a preview link (nothing is counted or recorded)",
  ],
  options: { key: { type: "string" }, preview: { type: "boolean" } },
  async run(ctx, args) {
    const [id] = positionals(args, ["screenerId"]);
    const projectId = ctx.projectId();
    const { screener } = await ctx.api.get<{ screener: Screener }>(`/api/v1/projects/${seg(projectId)}/screeners/${seg(id)}`);
    let publicKey = str(args.values, "key");
    if (publicKey !== undefined && !publicKey.startsWith("ut_pub_"))
      throw new UsageError("--key must be the project's public key (ut_pub_…)");
    if (!publicKey) {
      try {
        const keys = await ctx.api.get<{ publicKey: Key | null }>(`/api/v1/projects/${seg(projectId)}/keys`);
        publicKey = keys.publicKey?.value ?? undefined;
      } catch (e) {
        if (e instanceof ApiError && e.status === 403) {
          throw new CliError("Reading the public key needs an admin of the project", e.exitCode, [
            "Pass it with --key ut_pub_… (Settings → Keys in the dashboard).",
          ]);
        }
        throw e;
      }
      if (!publicKey) throw new CliError("The project has no active public key; issue one with `usertests key rotate-public`");
    }
    const url = `${ctx.baseUrl}/u/screener/${seg(screener.id)}?key=${encodeURIComponent(publicKey)}${bool(args.values, "preview") ? "&preview=1" : ""}`;
    if (ctx.json) return ctx.out.json({ screenerId: screener.id, status: screener.status, publicKey, url });
    ctx.out.line(url);
    if (screener.status !== "active")
      ctx.out.warn(
        `the screener is ${screener.status}: participants cannot submit until it is activated (usertests screener activate ${id})`,
      );
  },
});
