// follow-up/invitations.requested (outbox, written with the invitation rows): after the project's
// automatic delay, if any (a durable step.sleep), hands each pending invitation of the task to the
// mailer — one step per invitation issues the personal link and queues the mail (send-email renders
// and sends it, retried, and records sent or failed on the invitation). Idempotent: a step finds
// an invitation no longer pending and does nothing, so a replayed event or a retried run never
// mails anyone twice. Throttled per project, so one project's big list waits its turn rather than
// crowding out the others; when the run gives up, what is still pending is marked failed.
import { inngest } from "@/inngest/client";
import { followUpInvitationsRequested } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { failPendingInvitations, issueFollowUpMail, pendingInvitationIds } from "@/lib/follow-up/issue-follow-up-mail";

type Data = { projectId: string; taskId: string; delaySeconds: number };

const policy = stepFailurePolicy<Data>({
  retries: 4,
  retryDelaysMs: [10_000, 60_000, 300_000, 1_800_000],
  recordFailure: ({ data, reason }) => failPendingInvitations({ projectId: data.projectId, taskId: data.taskId, reason }),
});

export const sendFollowUpInvitationsFunction = inngest.createFunction(
  {
    id: "send-follow-up-invitations",
    name: "Send follow-up invitations",
    triggers: [followUpInvitationsRequested],
    retries: policy.retries,
    onFailure: policy.onFailure,
    throttle: { key: "event.data.projectId", limit: 10, period: "1m" },
  },
  async ({ event, step, runId, attempt }) => {
    const data = event.data;
    const guard = policy.guard({ data, runId, attempt });
    if (data.delaySeconds > 0) await step.sleep("wait-after-merge", `${data.delaySeconds}s`);
    const ids = await step.run(
      "list-pending",
      guard(() => pendingInvitationIds(data)),
    );
    const outcomes: Record<string, number> = { queued: 0, opted_out: 0, not_pending: 0 };
    // one after the other (ADR 014): each step is its own retry unit, and the order is the list's
    for (const invitationId of ids) {
      const outcome = await step.run(
        `issue-${invitationId}`,
        guard(() => issueFollowUpMail({ invitationId })),
      );
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    return { taskId: data.taskId, ...outcomes };
  },
);
