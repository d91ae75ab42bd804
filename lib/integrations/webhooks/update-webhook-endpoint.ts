import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { checkTargetUrl } from "@/lib/integrations/network/check-target-url";
import { targetPolicy } from "@/lib/integrations/network/target-policy";
import { endpointView } from "./endpoint-view";
import type { UpdateWebhookInput } from "./schemas";

export async function updateWebhookEndpoint(input: { projectId: string; webhookId: string; actor: AuditActor; data: UpdateWebhookInput }) {
  const { data } = input;
  const url = data.url === undefined ? undefined : (await checkTargetUrl(data.url, targetPolicy())).toString();
  const endpoint = await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: input.webhookId, projectId: input.projectId },
      data: {
        ...(url !== undefined && { url }),
        ...(data.description !== undefined && { description: data.description || null }),
        ...(data.eventTypes !== undefined && { eventTypes: data.eventTypes }),
        ...(data.enabled !== undefined && { enabled: data.enabled }),
      },
    });
    if (count === 0) throw notFound("Webhook endpoint");
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "webhook.updated",
      target: { type: "webhook", id: input.webhookId },
      details: { fields: Object.keys(data) },
    });
    return tx.webhookEndpoint.findUniqueOrThrow({ where: { id: input.webhookId } });
  });
  return endpointView(endpoint);
}
