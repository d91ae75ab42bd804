// Every event the app sends to Inngest: names and zod payloads. Payloads carry ids, never records.
import { eventType } from "inngest";
import { z } from "zod";

export const sessionCompleted = eventType("session/completed", {
  schema: z.object({ sessionId: z.string().min(1), projectId: z.string().min(1), reason: z.enum(["ended", "auto_end", "abandoned"]) }),
});

export const sessionReprocessRequested = eventType("session/reprocess.requested", {
  schema: z.object({ sessionId: z.string().min(1), projectId: z.string().min(1), requestedBy: z.string().nullable() }),
});

const implementationRef = { projectId: z.string().min(1), taskId: z.string().min(1), implementationId: z.string().min(1) };

/** Write a spec for a task (the task page's "Generate spec", POST …/tasks/:id/spec). */
export const implementationSpecRequested = eventType("implementation/spec.requested", { schema: z.object(implementationRef) });

/** Push a task to GitHub: spec (if missing), branch, commit, pull request, labels; or only plan it (dry run). */
export const implementationPushRequested = eventType("implementation/push.requested", {
  schema: z.object({ ...implementationRef, dryRun: z.boolean() }),
});

/** A pull request of an implementation was merged (webhook): schedules the impact measurement. */
export const implementationMerged = eventType("implementation/merged", {
  schema: z.object({ ...implementationRef, mergedAt: z.string() }),
});

/** A project was deleted (its rows are gone): its media objects under projects/<id>/ are purged. */
export const projectDeleted = eventType("project/deleted", { schema: z.object({ projectId: z.string().min(1) }) });

/** An admin asked to erase a participant (lib/privacy/erasure): the request row holds the encrypted email. */
export const participantErasureRequested = eventType("privacy/erasure.requested", {
  schema: z.object({ projectId: z.string().min(1), erasureId: z.string().min(1) }),
});

/** A participant or whole-project export was requested (lib/privacy/export): built in the background. */
export const dataExportRequested = eventType("privacy/export.requested", {
  schema: z.object({ projectId: z.string().min(1), exportId: z.string().min(1) }),
});

/**
 * A mail to send (lib/notifications/queue-email.ts): what to render and about which record, never the
 * address or the text. `messageId` is stable per mail ("invitation.<id>"), so a second request for
 * the same mail is dropped (send-email's idempotency). An invitation's accept link is sealed.
 */
export const emailRequested = eventType("email/send.requested", {
  schema: z.object({
    messageId: z.string().min(1),
    projectId: z.string().min(1),
    template: z.enum(["member_invitation", "export_ready", "follow_up_invitation"]),
    targetId: z.string().min(1),
    sealedLink: z.string().optional(),
  }),
});

/**
 * Send a task's follow-up invitations (lib/follow-up): the rows are written first (status pending),
 * this event sends the ones still pending. `delaySeconds` > 0 when the project sends them
 * automatically some days after the merge.
 */
export const followUpInvitationsRequested = eventType("follow-up/invitations.requested", {
  schema: z.object({ projectId: z.string().min(1), taskId: z.string().min(1), delaySeconds: z.number().int().min(0) }),
});

/** A follow-up session's per-criterion verdicts were saved (lib/follow-up): the PR comment is updated. */
export const followUpVerdictsUpdated = eventType("follow-up/verdicts.updated", {
  schema: z.object({ projectId: z.string().min(1), taskId: z.string().min(1) }),
});

/**
 * A project event for outbound integrations (lib/integrations): webhooks and Slack. `type` is the
 * public event type ("session.processed", "task.created", …, and "task.verified" which only Slack
 * receives); `messageId` is stable per occurrence, so retries and replays deliver once per endpoint.
 */
export const projectEventEmitted = eventType("integrations/event.emitted", {
  schema: z.object({
    projectId: z.string().min(1),
    messageId: z.string().min(1),
    type: z.string().min(1),
    occurredAt: z.string(),
    data: z.record(z.string(), z.unknown()),
  }),
});

/** Events written to the outbox, by name. */
export const outboxEvents = {
  [sessionCompleted.name]: sessionCompleted.schema,
  [sessionReprocessRequested.name]: sessionReprocessRequested.schema,
  [implementationSpecRequested.name]: implementationSpecRequested.schema,
  [implementationPushRequested.name]: implementationPushRequested.schema,
  [implementationMerged.name]: implementationMerged.schema,
  [projectDeleted.name]: projectDeleted.schema,
  [participantErasureRequested.name]: participantErasureRequested.schema,
  [dataExportRequested.name]: dataExportRequested.schema,
  [emailRequested.name]: emailRequested.schema,
  [followUpInvitationsRequested.name]: followUpInvitationsRequested.schema,
  [followUpVerdictsUpdated.name]: followUpVerdictsUpdated.schema,
  [projectEventEmitted.name]: projectEventEmitted.schema,
} as const;

export type OutboxEventName = keyof typeof outboxEvents;
export type OutboxEventData<N extends OutboxEventName> = z.infer<(typeof outboxEvents)[N]>;
