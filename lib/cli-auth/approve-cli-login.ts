// The user approved the CLI on /cli/authorize: store a one-time code (hashed) bound to them, the PKCE
// challenge and the exact redirect URI, and give back where to send the browser.
import { db } from "@/lib/db";
import { generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import type { CliAuthorizeRequest } from "./schemas";

/** Long enough to switch from the browser back to the terminal, short enough that a leaked code is useless. */
export const CLI_CODE_TTL_MS = 2 * 60_000;

export async function approveCliLogin(input: { userId: string; request: CliAuthorizeRequest }): Promise<string> {
  const code = generateSecret("cliCode");
  await db.cliAuthorization.create({
    data: {
      userId: input.userId,
      codeHash: hashSecret(code),
      codeChallenge: input.request.code_challenge,
      redirectUri: input.request.redirect_uri,
      tokenName: input.request.token_name,
      expiresAt: new Date(Date.now() + CLI_CODE_TTL_MS),
    },
  });
  return callbackUrl(input.request, { code });
}

/** The user said no: the CLI is told so, and stops waiting. */
export function denyCliLogin(request: CliAuthorizeRequest): string {
  return callbackUrl(request, { error: "access_denied" });
}

function callbackUrl(request: CliAuthorizeRequest, params: Record<string, string>): string {
  const url = new URL(request.redirect_uri);
  for (const [k, v] of Object.entries({ ...params, state: request.state })) url.searchParams.set(k, v);
  return url.toString();
}
