// Adds an endpoint after checking its URL against the target policy (SSRF); the secret is generated
// here and returned once.
import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { checkTargetUrl } from "@/lib/integrations/network/check-target-url";
import { targetPolicy } from "@/lib/integrations/network/target-policy";
import { endpointView } from "./endpoint-view";
import type { CreateWebhookInput } from "./schemas";
import { generateWebhookSecret } from "./webhook-secret";

export async function createWebhookEndpoint(input: { projectId: string; actor: AuditActor; data: CreateWebhookInput }) {
  const url = await checkTargetUrl(input.data.url, targetPolicy());
  const { secret, sealed } = generateWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: {
        projectId: input.projectId,
        url: url.toString(),
        description: input.data.description || null,
        eventTypes: input.data.eventTypes,
        enabled: input.data.enabled ?? true,
        secretCiphertext: sealed,
      },
    });
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "webhook.created",
      target: { type: "webhook", id: row.id },
      details: { host: url.host, eventTypes: row.eventTypes },
    });
    return row;
  });
  return { endpoint: endpointView(endpoint), secret };
}
