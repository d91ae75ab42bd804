import type { OutboxEventData } from "@/inngest/events";

/** The data of an `integrations/event.emitted` outbox event. */
export type ProjectEventEmittedData = OutboxEventData<"integrations/event.emitted">;
