// GET …/tasks/:taskId/follow-up-invitations and the task page's panel: who could be invited (for
// members: the eligible participants, masked for display, with their address for choosing) and
// what became of each invitation. Viewers see the statuses without names or addresses, like the
// other participant contact data (members and up only). A task not merged yet answers 409 with why.
import { db } from "@/lib/db";
import { eligibleInvitees } from "./eligible-invitees";
import { requireMergedTask } from "./merged-task";
import { maskEmail } from "./schemas";

export type FollowUpInvitationStatus = "pending" | "sent" | "opened" | "completed" | "failed" | "opted_out";

export interface FollowUpInvitationRow {
  id: string;
  /** "Participant 1", … for viewers; the name or masked address for members */
  label: string;
  maskedEmail: string | null;
  status: FollowUpInvitationStatus;
  createdAt: string;
  sentAt: string | null;
  openedAt: string | null;
  completedAt: string | null;
  expiresAt: string;
  lastError: string | null;
  sessionId: string | null;
}

export interface EligibleInvitee {
  email: string;
  maskedEmail: string;
  name: string | null;
  sessionCount: number;
  alreadyInvited: boolean;
}

export async function listFollowUpInvitations(input: { projectId: string; taskId: string; withContacts: boolean }) {
  await requireMergedTask(db, input);
  const rows = await db.followUpInvitation.findMany({
    where: { projectId: input.projectId, taskId: input.taskId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const invitedHashes = new Set(rows.map((r) => r.emailHash));
  const eligible: EligibleInvitee[] | null = input.withContacts
    ? (await eligibleInvitees(db, input)).map((i) => ({
        email: i.email,
        maskedEmail: maskEmail(i.email),
        name: i.name,
        sessionCount: i.sessionIds.length,
        alreadyInvited: invitedHashes.has(i.emailHash),
      }))
    : null;
  const invitations: FollowUpInvitationRow[] = rows.map((r, index) => ({
    id: r.id,
    label: input.withContacts ? (r.participantName ?? maskEmail(r.participantEmail)) : `Participant ${index + 1}`,
    maskedEmail: input.withContacts ? maskEmail(r.participantEmail) : null,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    openedAt: r.openedAt?.toISOString() ?? null,
    completedAt: r.completedAt?.toISOString() ?? null,
    expiresAt: r.expiresAt.toISOString(),
    lastError: r.lastError,
    sessionId: r.sessionId,
  }));
  return { eligible, invitations };
}
