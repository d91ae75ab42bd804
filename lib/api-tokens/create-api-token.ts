import { db } from "@/lib/db";
import { displayPrefix, generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import { apiTokenView } from "./api-token-view";

/** Creates a personal API token; the returned `token` is the only time its value is available. */
export async function createApiToken(input: { userId: string; name: string; expiresInDays?: number }) {
  const token = generateSecret("apiToken");
  const row = await db.apiToken.create({
    data: {
      userId: input.userId,
      name: input.name,
      prefix: displayPrefix(token),
      tokenHash: hashSecret(token),
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    },
  });
  return { apiToken: apiTokenView(row), token };
}
