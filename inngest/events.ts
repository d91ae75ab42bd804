// Every event the app sends to Inngest: names and zod payloads. Payloads carry ids, never records.
import { eventType } from "inngest";
import { z } from "zod";

export const sessionCompleted = eventType("session/completed", {
  schema: z.object({ sessionId: z.string().min(1), projectId: z.string().min(1), reason: z.enum(["ended", "auto_end", "abandoned"]) }),
});

export const sessionReprocessRequested = eventType("session/reprocess.requested", {
  schema: z.object({ sessionId: z.string().min(1), projectId: z.string().min(1), requestedBy: z.string().nullable() }),
});

/** Events written to the outbox, by name. */
export const outboxEvents = {
  [sessionCompleted.name]: sessionCompleted.schema,
  [sessionReprocessRequested.name]: sessionReprocessRequested.schema,
} as const;

export type OutboxEventName = keyof typeof outboxEvents;
export type OutboxEventData<N extends OutboxEventName> = z.infer<(typeof outboxEvents)[N]>;
