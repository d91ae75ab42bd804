import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { keyView } from "./key-view";

/** Revokes a secret key of the project; it stops working at once. Revoking twice is a 409. */
export async function revokeSecretKey(input: { projectId: string; keyId: string }) {
  const key = await db.projectKey.findFirst({ where: { id: input.keyId, projectId: input.projectId, kind: "secret" } });
  if (!key) throw notFound("Secret key");
  const { count } = await db.projectKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new AppError("conflict", "This key is already revoked");
  return keyView(await db.projectKey.findUniqueOrThrow({ where: { id: key.id } }));
}
