// Random bearer secrets (project keys, API tokens, invitation links). Only their SHA-256 is stored:
// the secrets carry 256 bits of randomness, so a fast hash is enough (no password-style stretching).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const TOKEN_PREFIX = {
  publicKey: "ut_pub_",
  secretKey: "ut_sec_",
  apiToken: "ut_pat_",
  invitation: "ut_inv_",
  cliCode: "ut_cli_",
  /** a participant's personal follow-up interview link */
  followUp: "ut_fu_",
  /** a read-only evidence share link */
  share: "ut_shr_",
} as const;

export type TokenKind = keyof typeof TOKEN_PREFIX;

export function generateSecret(kind: TokenKind): string {
  return TOKEN_PREFIX[kind] + randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What lists show so people can tell secrets apart: the prefix and the first 6 random characters. */
export function displayPrefix(secret: string): string {
  const kind = Object.values(TOKEN_PREFIX).find((p) => secret.startsWith(p)) ?? "";
  return secret.slice(0, kind.length + 6);
}

export function kindOf(secret: string): TokenKind | undefined {
  return (Object.keys(TOKEN_PREFIX) as TokenKind[]).find((k) => secret.startsWith(TOKEN_PREFIX[k]));
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
