// usertests auth logout [--revoke] — forget this profile's token; --revoke also revokes it on the server.
import { bool, positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import { ApiError } from "../lib/errors";

export default defineCommand({
  name: "auth logout",
  summary: "Forget this profile's token (--revoke also revokes it on the server)",
  usage: "[--revoke]",
  help: ["--revoke   revoke the personal API token on the server too (DELETE /api/v1/tokens/:id)"],
  options: { revoke: { type: "boolean" } },
  auth: "none",
  async run(ctx, args) {
    positionals(args, []);
    const token = ctx.profile.token;
    let revoked = false;
    if (bool(args.values, "revoke") && token) {
      if (!token.startsWith("ut_pat_")) {
        ctx.out.warn("Only personal API tokens can be revoked from the CLI; revoke secret keys with `usertests key revoke`.");
      } else {
        const api = ctx.clientWith(token);
        try {
          const { tokens } = await api.get<{ tokens: { id: string; prefix: string; revokedAt: string | null }[] }>("/api/v1/tokens");
          // the list shows each token's prefix only; prefixes are long enough to tell tokens apart
          const mine = tokens.find((t) => !t.revokedAt && token.startsWith(t.prefix));
          if (mine) {
            await api.delete(`/api/v1/tokens/${encodeURIComponent(mine.id)}`);
            revoked = true;
          }
        } catch (e) {
          // a token the server already refuses is as good as revoked; logging out must still work
          if (!(e instanceof ApiError && e.status === 401)) throw e;
        }
      }
    }
    const hadToken = Boolean(token);
    if (hadToken) ctx.updateProfile((p) => ({ ...p, token: undefined, identity: undefined, loggedInAt: undefined }));
    if (ctx.json) ctx.out.json({ profile: ctx.profileName, loggedOut: hadToken, revoked });
    else {
      ctx.out.line(
        hadToken
          ? `Logged out of profile "${ctx.profileName}"${revoked ? " and revoked the token" : ""}.`
          : `Profile "${ctx.profileName}" was not logged in.`,
      );
      if (ctx.io.env.USERTESTS_TOKEN) ctx.out.warn("USERTESTS_TOKEN is still set in this shell; unset it to stop using that token.");
    }
  },
});
