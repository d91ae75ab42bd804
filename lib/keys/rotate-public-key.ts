import { forgetProjectPublicKeys } from "@/lib/access/public-key-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { issuePublicKey } from "./issue-public-key";
import { keyView } from "./key-view";

/**
 * Replaces the project's public key: the old one stops working immediately (pages and snippets
 * must be updated with the new value), the new one is returned.
 */
export async function rotatePublicKey(input: { projectId: string; userId: string | null }) {
  const rotated = await db.$transaction(async (tx) => {
    await tx.projectKey.updateMany({
      where: { projectId: input.projectId, kind: "public", revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const issued = await issuePublicKey(tx, { projectId: input.projectId, createdById: input.userId });
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.userId ? { kind: "user", id: input.userId } : { kind: "system" },
      action: "public_key.rotated",
      target: { type: "key", id: issued.id },
    });
    return keyView(issued);
  });
  forgetProjectPublicKeys(input.projectId);
  return rotated;
}
