// Domain code announces what happened to a project here, in the transaction of the change: the
// outbox carries it to the integrations (outbound webhooks, Slack), so an event is never lost nor
// sent for a change that rolled back. `messageId` must be stable per occurrence (e.g.
// "task.created.<taskId>"), so a retried step or a replay emits nothing new.
import type { DbClient } from "@/lib/db";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import type { WebhookEventType } from "./event-types";

export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./event-types";

/** Events only Slack hears: a fix verified by follow-up interviews. */
export type ProjectEventType = WebhookEventType | "task.verified";

export async function emitProjectEvent(
  tx: DbClient,
  input: { projectId: string; type: ProjectEventType; messageId: string; data: Record<string, unknown>; occurredAt?: Date },
) {
  return enqueueEvent(tx, {
    name: "integrations/event.emitted",
    data: {
      projectId: input.projectId,
      messageId: input.messageId,
      type: input.type,
      occurredAt: (input.occurredAt ?? new Date()).toISOString(),
      data: input.data,
    },
  });
}
