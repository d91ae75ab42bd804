// DELETE /api/v1/tokens/:tokenId — revoke one of the caller's personal API tokens.
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { apiTokenParams } from "@/lib/api-tokens/schemas";
import { route } from "@/lib/http";

export const DELETE = route({ auth: "user", params: apiTokenParams }, async ({ principal, params }) => ({
  token: await revokeApiToken({ userId: principal.userId, tokenId: params.tokenId }),
}));
