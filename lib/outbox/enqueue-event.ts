// Transactional outbox: an event is written in the same transaction as the state change it
// announces, and delivered to Inngest afterwards (lib/outbox/dispatch-outbox.ts). The row id is
// the Inngest event id, so a redelivery is deduplicated by Inngest.
import { outboxEvents, type OutboxEventData, type OutboxEventName } from "@/inngest/events";
import type { DbClient } from "@/lib/db";

export async function enqueueEvent<N extends OutboxEventName>(tx: DbClient, event: { name: N; data: OutboxEventData<N> }) {
  const payload = outboxEvents[event.name].parse(event.data);
  return tx.outboxEvent.create({ data: { name: event.name, payload } });
}
