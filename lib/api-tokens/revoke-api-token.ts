import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { apiTokenView } from "./api-token-view";

export async function revokeApiToken(input: { userId: string; tokenId: string }) {
  const token = await db.apiToken.findFirst({ where: { id: input.tokenId, userId: input.userId } });
  if (!token) throw notFound("API token");
  const { count } = await db.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw conflict("This token is already revoked");
  return apiTokenView(await db.apiToken.findUniqueOrThrow({ where: { id: token.id } }));
}
