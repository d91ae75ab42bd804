// email/send.requested (outbox, written with the invitation or by build-export): renders the mail
// from the record as it is now and sends it over SMTP, retried with backoff; the outcome is an
// audit row the invitations list reads. Idempotent per message id, so a request written twice (a
// retried step) sends one mail. The address and text never leave the steps: they return ids only.
import { inngest } from "@/inngest/client";
import { emailRequested } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { composeEmail } from "@/lib/notifications/compose-email";
import type { EmailRequest } from "@/lib/notifications/queue-email";
import { recordEmailOutcome } from "@/lib/notifications/record-email-outcome";
import { sendMail } from "@/lib/email/send-mail";

const policy = stepFailurePolicy<EmailRequest>({
  retries: 4,
  retryDelaysMs: [10_000, 60_000, 300_000, 1_800_000],
  recordFailure: ({ data, reason }) => recordEmailOutcome(data, { sent: false, failed: true, reason }),
});

export const sendEmailFunction = inngest.createFunction(
  {
    id: "send-email",
    name: "Send an email",
    triggers: [emailRequested],
    retries: policy.retries,
    onFailure: policy.onFailure,
    idempotency: "event.data.messageId",
    // a burst of invitations must not trip the SMTP provider's own limits
    throttle: { limit: 30, period: "1m" },
  },
  async ({ event, step, runId, attempt }) => {
    const data = event.data;
    const guard = policy.guard({ data, runId, attempt });
    const outcome = await step.run(
      "send",
      guard(async () => {
        const composed = await composeEmail(data);
        if ("skipped" in composed) return { sent: false as const, skipped: composed.skipped };
        await sendMail({ ...composed.mail, messageId: data.messageId });
        return { sent: true as const };
      }),
    );
    await step.run(
      "record",
      guard(() => recordEmailOutcome(data, outcome.sent ? { sent: true } : { sent: false, failed: false, reason: outcome.skipped })),
    );
    return { messageId: data.messageId, template: data.template, ...outcome };
  },
);
