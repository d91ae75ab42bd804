// Links to a participant's recordings that work without an account, for a day: the participant
// gets their export as a file and must be able to play their own recordings from it, but a link
// that outlives the export's purpose would be a permanent public URL to a person's voice. A link is
// `<payload>.<mac>`: the payload names exactly one segment (project, session, kind, index) and its
// expiry; the MAC is HMAC-SHA256 under a key derived from AUTH_SECRET for this purpose only, so a
// changed character, another segment or a later expiry is refused, and rotating AUTH_SECRET
// revokes every link. Nothing is stored: a link cannot be revoked one by one, which is why it is short.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";

export const MEDIA_LINK_TTL_MS = 86_400_000;

export interface MediaLinkTarget {
  projectId: string;
  sessionId: string;
  kind: "audio" | "screen";
  index: number;
}

const key = () => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "usertests", "export-media-link-v1", 32));
const mac = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

export function signMediaLink(target: MediaLinkTarget, now = Date.now()): { token: string; expiresAt: Date } {
  const expiresAt = new Date(now + MEDIA_LINK_TTL_MS);
  const payload = Buffer.from(
    JSON.stringify({
      p: target.projectId,
      s: target.sessionId,
      k: target.kind,
      i: target.index,
      x: Math.floor(expiresAt.getTime() / 1000),
    }),
  ).toString("base64url");
  return { token: `${payload}.${mac(payload)}`, expiresAt };
}

/** The absolute URL of a signed link (APP_URL), as written into an export. */
export function mediaLinkUrl(token: string): string {
  return new URL(`/api/v1/media-links/${token}`, env().APP_URL).toString();
}

/** The segment a link names; 404 for anything not signed by us, 410 once expired. */
export function verifyMediaLink(token: string, now = Date.now()): MediaLinkTarget {
  const [payload, given, extra] = token.split(".");
  if (!payload || !given || extra !== undefined) throw notFound("Link");
  const expected = Buffer.from(mac(payload));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw notFound("Link");
  // signed by us, so well-formed
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
    p: string;
    s: string;
    k: "audio" | "screen";
    i: number;
    x: number;
  };
  if (claims.x * 1000 <= now) throw new AppError("gone", "This link has expired; ask the project for a new export");
  return { projectId: claims.p, sessionId: claims.s, kind: claims.k, index: claims.i };
}
