// integrations/event.emitted (outbox): posts a Block Kit message to the project's Slack webhook when a
// task rises to high priority or a fix is verified (lib/integrations/slack/notify-slack.ts decides);
// other events end at once. The message links to the task and to a read-only evidence page (a share
// link made by the system, 30 days, listed and revocable in Settings → Shared links) for people in
// the channel without an account. Slack's errors and timeouts are retried with backoff.
import { inngest } from "@/inngest/client";
import { projectEventEmitted } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { AppError } from "@/lib/errors";
import { notifySlack, slackKindOf } from "@/lib/integrations/slack/notify-slack";
import { hasSlackWebhook } from "@/lib/integrations/slack/slack-settings";
import type { ProjectEventEmittedData } from "@/lib/integrations/webhooks/project-event";
import { createShareLink } from "@/lib/sharing/create-share-link";
import { SHARE_LINK_DEFAULT_DAYS } from "@/lib/sharing/schemas";

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
    // its own step, so a retried post reuses the link instead of making another
    const evidenceUrl = await step.run(
      "share-evidence",
      guard(async () => {
        if (!(await hasSlackWebhook(event.data.projectId))) return null;
        try {
          const { url } = await createShareLink({
            projectId: event.data.projectId,
            taskId: String(event.data.data.taskId ?? ""),
            expiresInDays: SHARE_LINK_DEFAULT_DAYS,
            actor: { kind: "system" },
          });
          return url;
        } catch (e) {
          // a task deleted since: the post step says so
          if (e instanceof AppError && e.code === "not_found") return null;
          throw e;
        }
      }),
    );
    return step.run(
      "post",
      guard(() => notifySlack(event.data, { evidenceUrl })),
    );
  },
);
