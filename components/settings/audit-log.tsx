import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime, isoDate } from "@/components/ui/format";
import type { AuditAction } from "@/lib/audit/audit-actions";

export interface AuditLogEvent {
  id: string;
  action: string;
  actor: { kind: string; id: string | null };
  target: { type: string; id: string } | null;
  details: unknown;
  createdAt: string;
}

// Plain-language names, one per action the server records (a missing one is a type error).
const ACTION_LABELS: Record<AuditAction, string> = {
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "member.left": "Left the project",
  "invitation.created": "Invited someone",
  "invitation.revoked": "Revoked an invitation",
  "email.sent": "Sent an email",
  "email.failed": "Could not send an email",
  "email.skipped": "Did not send an email (no longer needed)",
  "share_link.created": "Shared evidence by link",
  "share_link.revoked": "Revoked a share link",
  "follow_up.invited": "Invited participants to a follow-up interview",
  "follow_up.opted_out": "A participant opted out of follow-up mail",
  "secret_key.created": "Created a secret key",
  "secret_key.revoked": "Revoked a secret key",
  "public_key.rotated": "Rotated the public key",
  "github.connected": "Connected GitHub",
  "github.disconnected": "Disconnected GitHub",
  "github.webhook_secret_rotated": "Rotated the GitHub webhook secret",
  "webhook.created": "Added a webhook endpoint",
  "webhook.updated": "Changed a webhook endpoint",
  "webhook.deleted": "Deleted a webhook endpoint",
  "webhook.secret_rotated": "Rotated a webhook endpoint's secret",
  "slack.configured": "Set the Slack webhook",
  "slack.removed": "Removed the Slack webhook",
  "participant.erasure_requested": "Asked to erase a participant's data",
  "participant.erased": "Erased a participant's data",
  "participant.exported": "Exported a participant's data",
  "project.exported": "Exported the whole project",
  "retention.ran": "Applied the retention policy",
};

/**
 * The newest page of the project's audit log (admins only; the page decides). Users are shown by
 * their email while they are members; everyone else by id, since the log outlives memberships.
 */
export function AuditLog({
  events,
  hasMore,
  userLabels,
  projectId,
}: {
  events: AuditLogEvent[];
  hasMore: boolean;
  userLabels: Record<string, string>;
  projectId: string;
}) {
  const who = (actor: AuditLogEvent["actor"]) =>
    actor.kind === "user" && actor.id
      ? (userLabels[actor.id] ?? `User ${actor.id}`)
      : actor.kind === "secret_key"
        ? `Secret key ${actor.id}`
        : "System";
  const target = (t: AuditLogEvent["target"]) => (t ? (t.type === "user" ? (userLabels[t.id] ?? t.id) : `${t.type} ${t.id}`) : null);
  return (
    <Card data-testid="audit-log">
      {events.length === 0 ? (
        <EmptyState
          title="Nothing recorded yet"
          description="Role changes, key and GitHub changes, erasures, exports and retention runs appear here."
        />
      ) : (
        <Table aria-label="Audit log">
          <thead>
            <tr>
              <Th>When</Th>
              <Th>Who</Th>
              <Th>What</Th>
              <Th>Details</Th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <Td className="whitespace-nowrap">
                  {/* date and time: several events often happen on the same day */}
                  <time dateTime={isoDate(e.createdAt)}>{formatDateTime(e.createdAt)}</time>
                </Td>
                <Td>{who(e.actor)}</Td>
                <Td>
                  {ACTION_LABELS[e.action as AuditAction] ?? e.action}
                  {target(e.target) && <span className="text-zinc-500"> · {target(e.target)}</span>}
                </Td>
                <Td className="text-xs text-zinc-500">{describeDetails(e.details)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {hasMore && (
        <p className="px-5 py-3 text-[13px] text-zinc-500">
          Older events: <code className="font-mono text-xs">usertests audit list --project {projectId}</code> or{" "}
          <code className="font-mono text-xs">GET /api/v1/projects/{projectId}/audit</code>.
        </p>
      )}
    </Card>
  );
}

function describeDetails(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const d = details as Record<string, unknown>;
  if (typeof d.from === "string" && typeof d.to === "string") return `${d.from} → ${d.to}`;
  return Object.entries(d)
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(", ");
}
