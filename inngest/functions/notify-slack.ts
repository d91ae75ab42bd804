// integrations/event.emitted (outbox): posts a Block Kit message to the project's Slack webhook when a
// task rises to high priority or a fix is verified (lib/integrations/slack/notify-slack.ts decides);
// other events end at once. Slack's errors and timeouts are retried with backoff.
import { inngest } from "@/inngest/client";
import { projectEventEmitted } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { notifySlack, slackKindOf } from "@/lib/integrations/slack/notify-slack";
import type { ProjectEventEmittedData } from "@/lib/integrations/webhooks/project-event";

const policy = stepFailurePolicy<ProjectEventEmittedData>({ retries: 5, retryDelaysMs: [10_000, 60_000, 300_000, 1_800_000, 7_200_000] });

export const notifySlackFunction = inngest.createFunction(
  {
    id: "notify-slack",
    name: "Notify Slack",
    triggers: [projectEventEmitted],
    retries: policy.retries,
    // a replayed event posts once
    idempotency: "event.data.messageId",
  },
  async ({ event, step, runId, attempt }) => {
    if (!slackKindOf(event.data)) return { sent: false, reason: "not a Slack event" };
    const guard = policy.guard({ data: event.data, runId, attempt });
    return step.run(
      "post",
      guard(() => notifySlack(event.data)),
    );
  },
);
