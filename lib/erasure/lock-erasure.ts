import type { ErasureRequest } from "@/generated/prisma/client";
import type { DbClient } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * The request row, locked for the rest of the transaction: each step changes the row together with
 * the data it erases, so the counts it adds are committed exactly when the deletions are.
 */
export async function lockErasure(tx: DbClient, erasureId: string): Promise<ErasureRequest> {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ErasureRequest" WHERE "id" = ${erasureId} FOR UPDATE`;
  if (!locked) throw notFound("Erasure request");
  return tx.erasureRequest.findUniqueOrThrow({ where: { id: erasureId } });
}
