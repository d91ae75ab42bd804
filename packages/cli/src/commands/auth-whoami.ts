// usertests auth whoami — who the current credential belongs to (GET /api/v1/me), with the server and profile in use.
import { positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import type { Me } from "../lib/types";
import { describeMe } from "./auth-login";

export default defineCommand({
  name: "auth whoami",
  summary: "Show who you are logged in as, on which server and profile",
  usage: "",
  async run(ctx, args) {
    positionals(args, []);
    const me = await ctx.api.get<Me>("/api/v1/me");
    if (ctx.json) return ctx.out.json(me);
    ctx.out.fields([
      ["Logged in as", describeMe(me)],
      ["Credential", me.kind === "user" ? `personal API token (${me.via ?? "token"})` : "project secret key"],
      [
        "Server",
        `${ctx.baseUrl}${ctx.baseUrlSource === "env" ? " (from USERTESTS_BASE_URL)" : ctx.baseUrlSource === "flag" ? " (from --base-url)" : ""}`,
      ],
      ["Profile", `${ctx.profileName}${ctx.tokenSource === "env" ? " (token from USERTESTS_TOKEN)" : ""}`],
      ["Default project", ctx.io.env.USERTESTS_PROJECT || ctx.profile.project],
    ]);
  },
});
