import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { displayPrefix, generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import { keyView } from "./key-view";

/** Creates a secret key. The returned `secret` is the only time its value is ever available. */
export async function createSecretKey(input: { projectId: string; name: string; createdById: string | null }) {
  const secret = generateSecret("secretKey");
  const key = await db.$transaction(async (tx) => {
    const created = await tx.projectKey.create({
      data: {
        projectId: input.projectId,
        kind: "secret",
        name: input.name,
        prefix: displayPrefix(secret),
        keyHash: hashSecret(secret),
        createdById: input.createdById,
      },
    });
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.createdById ? { kind: "user", id: input.createdById } : { kind: "system" },
      action: "secret_key.created",
      target: { type: "key", id: created.id },
      details: { name: input.name },
    });
    return created;
  });
  return { key: keyView(key), secret };
}
