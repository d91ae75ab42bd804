import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Deletes the endpoint and its delivery log; deliveries still queued find no endpoint and stop. */
export async function deleteWebhookEndpoint(input: { projectId: string; webhookId: string; actor: AuditActor }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: input.webhookId, projectId: input.projectId } });
    if (count === 0) throw notFound("Webhook endpoint");
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "webhook.deleted",
      target: { type: "webhook", id: input.webhookId },
    });
  });
}
