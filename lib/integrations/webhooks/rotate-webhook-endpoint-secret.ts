import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { generateWebhookSecret } from "./webhook-secret";

/** A new secret, returned once; every delivery from now on (retries included) is signed with it. */
export async function rotateWebhookEndpointSecret(input: { projectId: string; webhookId: string; actor: AuditActor }) {
  const { secret, sealed } = generateWebhookSecret();
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: input.webhookId, projectId: input.projectId },
      data: { secretCiphertext: sealed },
    });
    if (count === 0) throw notFound("Webhook endpoint");
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "webhook.secret_rotated",
      target: { type: "webhook", id: input.webhookId },
    });
  });
  return { secret };
}
