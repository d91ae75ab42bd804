// The actions the audit log records. Erasure, export and retention are named here ahead of the
// use-cases that will record them (issue #14), so the log, API and CLI already know them.
export const AUDIT_ACTIONS = [
  "member.role_changed",
  "member.removed",
  "member.left",
  "invitation.created",
  "invitation.revoked",
  "secret_key.created",
  "secret_key.revoked",
  "public_key.rotated",
  "github.connected",
  "github.disconnected",
  "github.webhook_secret_rotated",
  "webhook.created",
  "webhook.updated",
  "webhook.deleted",
  "webhook.secret_rotated",
  "slack.configured",
  "slack.removed",
  "participant.erasure_requested",
  "participant.erased",
  "participant.exported",
  "project.exported",
  "retention.ran",
  "email.sent",
  "email.failed",
  "email.skipped",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
