// integrations/event.emitted (outbox): fans the event out to the project's endpoints subscribed to its
// type (one WebhookDelivery row each, idempotent per message id), then delivers each in its own step.
// A failed attempt is recorded on the row and the step is retried with backoff; after the last retry
// the row is `failed` and the step returns, so one dead endpoint never holds back the others.
import { inngest } from "@/inngest/client";
import { projectEventEmitted } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { attemptWebhookDelivery } from "@/lib/integrations/webhooks/attempt-webhook-delivery";
import { failPendingDeliveries } from "@/lib/integrations/webhooks/fail-pending-deliveries";
import { fanOutProjectEvent } from "@/lib/integrations/webhooks/fan-out-project-event";
import type { ProjectEventEmittedData } from "@/lib/integrations/webhooks/project-event";

export const deliverWebhooksPolicy = stepFailurePolicy<ProjectEventEmittedData>({
  retries: 6,
  // about 9 hours in all, so a receiver down for an afternoon still gets its events
  retryDelaysMs: [10_000, 60_000, 300_000, 1_800_000, 7_200_000, 21_600_000],
  recordFailure: ({ data, reason }) => failPendingDeliveries({ messageId: data.messageId, projectId: data.projectId, reason }),
});

export const deliverWebhooksFunction = inngest.createFunction(
  {
    id: "deliver-webhooks",
    name: "Deliver outbound webhooks",
    triggers: [projectEventEmitted],
    retries: deliverWebhooksPolicy.retries,
    onFailure: deliverWebhooksPolicy.onFailure,
    // one project's burst of events must not starve the others' deliveries
    concurrency: { key: "event.data.projectId", limit: 5 },
  },
  async ({ event, step, attempt }) => {
    const deliveryIds = await step.run("fan-out", () => fanOutProjectEvent(event.data));
    const outcomes: Record<string, string> = {};
    // one step per delivery, in order (ADR 014: no Promise.all of steps); each is retried on its own
    for (const deliveryId of deliveryIds) {
      const result = await step.run(`deliver-${deliveryId}`, async () => {
        const r = await attemptWebhookDelivery({ deliveryId, final: attempt >= deliverWebhooksPolicy.retries });
        if (r.outcome === "retry") throw deliverWebhooksPolicy.toInngestError(new Error(r.error), attempt);
        return r;
      });
      outcomes[deliveryId] = result.outcome;
    }
    return { messageId: event.data.messageId, type: event.data.type, outcomes };
  },
);
