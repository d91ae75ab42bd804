// POST /api/v1/cli/token — the CLI's browser login, last leg: { code, code_verifier, redirect_uri } →
// 201 { apiToken, token } (the same body as POST /api/v1/tokens). Public, rate limited per IP.
import { exchangeCliCode } from "@/lib/cli-auth/exchange-cli-code";
import { cliTokenBody } from "@/lib/cli-auth/schemas";
import { created, route } from "@/lib/http";

export const POST = route({ auth: "public", body: cliTokenBody, rateLimit: ({ ip }) => [["cliTokenPerIp", ip]] }, async ({ body }) =>
  created(await exchangeCliCode(body)),
);
