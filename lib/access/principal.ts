// Who is calling: a signed-in user (session cookie), a user's personal API token, or a project's
// secret key. Resolved once per request by the route wrapper.
import { getToken } from "next-auth/jwt";
import { isWebSessionLive } from "@/lib/account/web-sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { unauthorized } from "@/lib/errors";
import { hashSecret, kindOf } from "@/lib/security/secret-tokens";

export type Principal =
  { kind: "user"; userId: string; via: "session" | "api_token" } | { kind: "secret_key"; projectId: string; keyId: string };

// lastUsedAt is informative; writing it at most once a minute keeps reads cheap.
const TOUCH_AFTER_MS = 60_000;
const stale = (d: Date | null) => !d || Date.now() - d.getTime() > TOUCH_AFTER_MS;

async function fromBearer(secret: string): Promise<Principal> {
  const kind = kindOf(secret);
  const hash = hashSecret(secret);
  if (kind === "apiToken") {
    const token = await db.apiToken.findUnique({ where: { tokenHash: hash } });
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date())) throw unauthorized("Invalid or revoked API token");
    if (stale(token.lastUsedAt)) await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
    return { kind: "user", userId: token.userId, via: "api_token" };
  }
  if (kind === "secretKey") {
    const key = await db.projectKey.findUnique({ where: { keyHash: hash } });
    if (!key || key.kind !== "secret" || key.revokedAt) throw unauthorized("Invalid or revoked secret key");
    if (stale(key.lastUsedAt)) await db.projectKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
    return { kind: "secret_key", projectId: key.projectId, keyId: key.id };
  }
  throw unauthorized("Unrecognised bearer token: expected a personal API token (ut_pat_…) or a secret key (ut_sec_…)");
}

async function fromSessionCookie(req: Request): Promise<Principal | null> {
  const secret = env().AUTH_SECRET;
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req, secret, secureCookie });
    if (token?.sub) {
      // the cookie's server-side session must still be open (sign-out is immediate, copies included)
      if (!(await isWebSessionLive({ sid: token.sid, userId: token.sub }))) return null;
      const user = await db.user.findUnique({ where: { id: token.sub }, select: { id: true } });
      return user ? { kind: "user", userId: user.id, via: "session" } : null;
    }
  }
  return null;
}

/** The caller, or null when the request carries no credentials. Bad credentials throw 401. */
export async function resolvePrincipal(req: Request): Promise<Principal | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorized("Authorization header must be: Bearer <token>");
    return fromBearer(match[1]);
  }
  return fromSessionCookie(req);
}
