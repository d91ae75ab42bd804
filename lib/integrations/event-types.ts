// The public event types, importable from client components (no database code here).

/** The event types a webhook endpoint can subscribe to (Standard Webhooks `type`). */
export const WEBHOOK_EVENT_TYPES = [
  "session.processed",
  "session.failed",
  "task.created",
  "task.status_changed",
  "task.priority_changed",
  "implementation.pull_request_opened",
  "implementation.merged",
  "impact.measured",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What each type means, for the Settings checkboxes and the README. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "session.processed": "A session was analysed",
  "session.failed": "A session could not be analysed",
  "task.created": "A task was created from new evidence",
  "task.status_changed": "A task moved (board, pull request, merge)",
  "task.priority_changed": "A task's priority label changed",
  "implementation.pull_request_opened": "A pull request was opened for a task",
  "implementation.merged": "A task's pull request was merged",
  "impact.measured": "The impact of a merged fix was measured",
};
