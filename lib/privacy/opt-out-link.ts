// The opt-out link in every participant mail (/u/opt-out/<token>): it must work without an account
// and without a row of its own, so the token is the project and the email's HMAC, signed with a
// key derived from AUTH_SECRET. Nobody can make one for another address or project, and the
// address itself is not in the link (only its keyed hash, which reveals nothing without the secret).
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "@/lib/env";
import { safeEqual } from "@/lib/security/secret-tokens";

const key = () => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "usertests", "participant-opt-out-v1", 32));
const sign = (projectId: string, emailHash: string) => createHmac("sha256", key()).update(`${projectId}\n${emailHash}`).digest("base64url");

/** `<projectId>.<emailHash>.<signature>`: cuid and hex never contain a dot. */
export function optOutToken(input: { projectId: string; emailHash: string }): string {
  return `${input.projectId}.${input.emailHash}.${sign(input.projectId, input.emailHash)}`;
}

export function optOutUrl(input: { projectId: string; emailHash: string }): string {
  return new URL(`/u/opt-out/${optOutToken(input)}`, env().APP_URL).toString();
}

/** The project and email hash a genuine token names, or null for anything else. */
export function verifyOptOutToken(token: string): { projectId: string; emailHash: string } | null {
  const [projectId, emailHash, signature, extra] = token.split(".");
  if (!projectId || !emailHash || !signature || extra !== undefined) return null;
  if (!/^[a-z0-9]{1,64}$/.test(projectId) || !/^[0-9a-f]{64}$/.test(emailHash)) return null;
  return safeEqual(signature, sign(projectId, emailHash)) ? { projectId, emailHash } : null;
}
