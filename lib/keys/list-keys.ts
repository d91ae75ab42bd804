import { db } from "@/lib/db";
import { keyView } from "./key-view";

/** The project's active public key and all its secret keys (revoked ones included, for the audit trail). */
export async function listKeys(input: { projectId: string }) {
  const keys = await db.projectKey.findMany({
    where: { projectId: input.projectId, OR: [{ kind: "secret" }, { kind: "public", revokedAt: null }] },
    orderBy: { createdAt: "desc" },
  });
  return {
    publicKey: keys.filter((k) => k.kind === "public").map(keyView)[0] ?? null,
    secretKeys: keys.filter((k) => k.kind === "secret").map(keyView),
  };
}
