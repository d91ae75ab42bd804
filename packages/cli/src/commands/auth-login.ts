// usertests auth login [--token ut_pat_…|-] — store a credential for this profile after checking it with GET /api/v1/me.
import { bool, num, str } from "../lib/args";
import { browserLogin, browserLoginAvailable } from "../lib/browser-login";
import { ApiError, CliError, EXIT, UsageError } from "../lib/errors";
import { defineCommand } from "../lib/command";
import type { Context } from "../lib/context";
import type { Me } from "../lib/types";

export function describeMe(me: Me): string {
  if (me.kind === "secret_key") return `secret key of project ${me.project?.name ?? "?"} (${me.project?.id ?? "?"})`;
  const name = me.user?.name && me.user.name !== me.user.email ? ` (${me.user.name})` : "";
  return `${me.user?.email ?? "?"}${name}`;
}

async function verify(ctx: Context, token: string): Promise<Me> {
  try {
    return await ctx.clientWith(token).get<Me>("/api/v1/me");
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      throw new CliError(`${ctx.baseUrl} refused this token: ${e.message}`, EXIT.notAuthenticated, [
        "Check that it was copied whole, is not revoked or expired, and belongs to this server.",
      ]);
    }
    throw e;
  }
}

export default defineCommand({
  name: "auth login",
  summary: "Log in: store an API token for this profile",
  usage: "[--token <ut_pat_…|->] [--no-browser] [--timeout <seconds>]",
  help: [
    "--token <value>     a personal API token (Account → API tokens in the dashboard) or a project",
    "                    secret key (ut_sec_…); `-` reads it from stdin, which keeps it out of shell history",
    "Without --token, opens the browser to authorize the CLI when the server supports it;",
    "otherwise explains how to create a token.",
    "--no-browser        print the authorize URL instead of opening a browser",
    "The token is checked with GET /api/v1/me and stored in the profile (--profile/--env, default",
    '"default") together with the base URL (--base-url or USERTESTS_BASE_URL).',
  ],
  options: { token: { type: "string" }, "no-browser": { type: "boolean" }, timeout: { type: "string" } },
  auth: "none",
  async run(ctx, args) {
    if (args.positionals.length) throw new UsageError(`Unexpected argument "${args.positionals[0]}"`);
    let token = str(args.values, "token");
    if (token === "-") token = (await ctx.io.readStdin()).trim();
    else if (token === undefined) {
      if (!(await browserLoginAvailable(ctx.clientWith(null)))) {
        ctx.out.info(
          [
            `Browser login is not available on ${ctx.baseUrl}. Log in with a personal API token instead:`,
            "",
            `  1. Open ${ctx.baseUrl}/account/tokens (Account → API tokens) and create a token.`,
            `  2. Run: usertests auth login --token <ut_pat_…>${ctx.profileName === "default" ? "" : ` --profile ${ctx.profileName}`}`,
            "     (or: pbpaste | usertests auth login --token -)",
            "",
            "In CI, set USERTESTS_TOKEN (and USERTESTS_BASE_URL) instead of logging in.",
          ].join("\n"),
        );
        return EXIT.usage;
      }
      const timeoutSeconds = num(args.values, "timeout", { min: 5, max: 3600 }) ?? 300;
      token = await browserLogin({
        api: ctx.clientWith(null),
        openBrowser: !bool(args.values, "no-browser"),
        timeoutMs: timeoutSeconds * 1000,
        notify: (text) => ctx.out.info(text),
      });
    }
    if (!token) throw new UsageError("--token is empty");
    if (!/^ut_(pat|sec)_/.test(token)) {
      throw new UsageError("That does not look like a UserTests API token (ut_pat_…) or secret key (ut_sec_…)", [
        token.startsWith("ut_pub_")
          ? "ut_pub_… is a project's public key, for participant pages only."
          : "Create one in the dashboard: Account → API tokens.",
      ]);
    }
    const me = await verify(ctx, token);
    ctx.updateProfile((p) => ({ ...p, baseUrl: ctx.baseUrl, token, identity: describeMe(me), loggedInAt: new Date().toISOString() }));
    if (ctx.json) ctx.out.json({ profile: ctx.profileName, baseUrl: ctx.baseUrl, configFile: ctx.configFile, me });
    else {
      ctx.out.line(`Logged in to ${ctx.baseUrl} as ${describeMe(me)} (profile "${ctx.profileName}").`);
      ctx.out.line(`Token saved in ${ctx.configFile} (readable only by you).`);
      if (ctx.tokenSource === "env") ctx.out.warn("USERTESTS_TOKEN is set in this shell and takes precedence over the stored token.");
    }
  },
});
