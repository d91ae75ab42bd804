// The CLI browser login (RFC 8252 loopback redirect + PKCE S256); contract in docs/runbook.md, appendix.
import { z } from "zod";

/** Only the CLI's own loopback listener may receive a code: http://127.0.0.1:<port>/callback, nothing else. */
export function isLoopbackCallback(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === "http:" &&
    url.hostname === "127.0.0.1" &&
    url.port !== "" &&
    url.pathname === "/callback" &&
    !url.search &&
    !url.hash &&
    !url.username &&
    !url.password
  );
}

const redirectUri = z.string().max(200).refine(isLoopbackCallback, "must be http://127.0.0.1:<port>/callback");
// RFC 7636: the verifier is 43–128 unreserved characters; its S256 challenge is 43 base64url characters
const verifier = z.string().regex(/^[A-Za-z0-9\-._~]{43,128}$/, "must be 43–128 unreserved characters (RFC 7636)");
const challenge = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a base64url SHA-256 (43 characters)");

export const cliAuthorizeQuery = z.object({
  redirect_uri: redirectUri,
  state: z.string().min(8).max(200),
  code_challenge: challenge,
  code_challenge_method: z.literal("S256", { error: "only S256 is supported" }),
  token_name: z.string().trim().min(1).max(100).default("UserTests CLI"),
});
export type CliAuthorizeRequest = z.infer<typeof cliAuthorizeQuery>;

export const cliTokenBody = z
  .object({
    code: z.string().min(1).max(200),
    code_verifier: verifier,
    redirect_uri: redirectUri,
  })
  .strict();
