// POST /api/v1/cli/token: the CLI trades its one-time code and PKCE verifier for a personal API token.
import { createHash } from "node:crypto";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashSecret, safeEqual } from "@/lib/security/secret-tokens";

export async function exchangeCliCode(input: { code: string; code_verifier: string; redirect_uri: string }) {
  const row = await db.cliAuthorization.findUnique({ where: { codeHash: hashSecret(input.code) } });
  // one message for every failure: a caller learns nothing about which check a guessed code failed
  const invalid = () =>
    new AppError("validation_failed", "The login code is invalid, expired or already used. Run `usertests auth login` again.");
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) throw invalid();
  const challenge = createHash("sha256").update(input.code_verifier, "ascii").digest("base64url");
  if (!safeEqual(challenge, row.codeChallenge) || row.redirectUri !== input.redirect_uri) throw invalid();

  // single use even when two exchanges race: only the one that flips usedAt goes on
  const claimed = await db.cliAuthorization.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
  if (claimed.count !== 1) throw invalid();
  return createApiToken({ userId: row.userId, name: row.tokenName });
}
