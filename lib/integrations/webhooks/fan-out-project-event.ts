// First half of delivery: one WebhookDelivery row per endpoint that should hear the event (enabled,
// subscribed to its type; a test event names its one endpoint). The rows are unique per endpoint and
// message id, so a replayed event creates nothing new; what is returned is what still needs sending.
import { db } from "@/lib/db";
import type { ProjectEventEmittedData } from "./project-event";
import { TEST_EVENT_TYPE, webhookPayload } from "./webhook-payload";

export async function fanOutProjectEvent(event: ProjectEventEmittedData): Promise<string[]> {
  const endpoints = await db.webhookEndpoint.findMany({
    where:
      event.type === TEST_EVENT_TYPE
        ? { projectId: event.projectId, id: String(event.data.endpointId ?? "") }
        : { projectId: event.projectId, enabled: true, eventTypes: { has: event.type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return [];
  const payload = webhookPayload(event);
  await db.webhookDelivery.createMany({
    data: endpoints.map((e) => ({ endpointId: e.id, messageId: event.messageId, eventType: event.type, payload })),
    skipDuplicates: true,
  });
  const pending = await db.webhookDelivery.findMany({
    where: { messageId: event.messageId, endpointId: { in: endpoints.map((e) => e.id) }, status: "pending" },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return pending.map((d) => d.id);
}
