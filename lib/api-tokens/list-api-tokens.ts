import { db } from "@/lib/db";
import { apiTokenView } from "./api-token-view";

export async function listApiTokens(input: { userId: string }) {
  const rows = await db.apiToken.findMany({ where: { userId: input.userId }, orderBy: { createdAt: "desc" } });
  return rows.map(apiTokenView);
}
