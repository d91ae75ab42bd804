import type { DbClient } from "@/lib/db";
import { displayPrefix, generateSecret, hashSecret } from "@/lib/security/secret-tokens";

/** Creates a project's public key row (used when a project is created and when the key is rotated). */
export async function issuePublicKey(tx: DbClient, input: { projectId: string; createdById?: string | null }) {
  const value = generateSecret("publicKey");
  return tx.projectKey.create({
    data: {
      projectId: input.projectId,
      kind: "public",
      name: "Public key",
      prefix: displayPrefix(value),
      keyHash: hashSecret(value),
      publicValue: value,
      createdById: input.createdById ?? null,
    },
  });
}
