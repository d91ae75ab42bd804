import { randomBytes } from "node:crypto";
import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { encryptSecret } from "./credential-cipher";

/** A new webhook secret, returned once; deliveries signed with the old one are refused from now on. */
export async function rotateWebhookSecret(input: { projectId: string; actor: AuditActor }) {
  const secret = randomBytes(32).toString("hex");
  await db.$transaction(async (tx) => {
    const { count } = await tx.githubConnection.updateMany({
      where: { projectId: input.projectId },
      data: { webhookSecret: encryptSecret(secret) },
    });
    if (count === 0) throw notFound("GitHub connection");
    await recordAuditEvent(tx, { projectId: input.projectId, actor: input.actor, action: "github.webhook_secret_rotated" });
  });
  return { webhookSecret: secret };
}
