// "Send test event": a `webhook.test` event for one endpoint, through the outbox and the same delivery
// function as real events. The row is created now so the delivery log shows it at once.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { kickOutboxDispatch } from "@/lib/outbox/kick-dispatch";
import { deliveryView } from "./endpoint-view";
import { TEST_EVENT_TYPE, webhookPayload } from "./webhook-payload";

export async function sendTestEvent(input: { projectId: string; webhookId: string }) {
  const delivery = await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: input.webhookId, projectId: input.projectId },
      select: { id: true },
    });
    if (!endpoint) throw notFound("Webhook endpoint");
    const event = {
      projectId: input.projectId,
      messageId: `msg_test_${randomUUID()}`,
      type: TEST_EVENT_TYPE,
      occurredAt: new Date().toISOString(),
      data: { endpointId: endpoint.id, message: "A test event from UserTests" },
    };
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: endpoint.id, messageId: event.messageId, eventType: event.type, payload: webhookPayload(event) },
    });
    await enqueueEvent(tx, { name: "integrations/event.emitted", data: event });
    return deliveryView(delivery);
  });
  kickOutboxDispatch();
  return delivery;
}
