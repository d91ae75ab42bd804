// The task page's follow-up invitations: once the task's pull request is merged, who can be asked
// whether the fix works (members see them, masked), the button that invites them, and per invitee
// what became of the invitation. A server component; the button is a client part.
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { AppError } from "@/lib/errors";
import { type FollowUpInvitationRow, listFollowUpInvitations } from "@/lib/follow-up/list-follow-up-invitations";
import { SendFollowUpInvitations } from "./send-follow-up-invitations";

const STATUS: Record<FollowUpInvitationRow["status"], { label: string; tone: BadgeTone }> = {
  pending: { label: "Scheduled", tone: "neutral" },
  sent: { label: "Sent", tone: "indigo" },
  opened: { label: "Opened", tone: "amber" },
  completed: { label: "Completed", tone: "green" },
  failed: { label: "Failed", tone: "red" },
  opted_out: { label: "Opted out", tone: "neutral" },
};

export async function FollowUpInvitationsPanel({ projectId, taskId, canAct }: { projectId: string; taskId: string; canAct: boolean }) {
  const data = await listFollowUpInvitations({ projectId, taskId, withContacts: canAct }).catch((e: unknown) => {
    // not merged (yet): there is no shipped change to ask about, and the implementation panel says so
    if (e instanceof AppError && e.code === "conflict") return null;
    throw e;
  });
  if (!data) return null;
  const { eligible, invitations } = data;
  const toInvite = eligible?.filter((e) => !e.alreadyInvited) ?? [];
  return (
    <Card aria-labelledby="follow-up-invitations-title" data-testid="follow-up-invitations">
      <CardHeader
        id="follow-up-invitations-title"
        title="Follow-up invitations"
        description="Ask the participants behind this evidence whether the merged change fixed their problem: a personal link to a short interview."
      />
      <CardBody className="space-y-4">
        {eligible && (
          <div className="space-y-2">
            {eligible.length === 0 ? (
              <p className="text-[13px] text-zinc-600">
                No participant behind this evidence agreed to be contacted again (or they opted out of follow-up mail).
              </p>
            ) : (
              <>
                <p className="text-[13px] text-zinc-600">
                  {eligible.length} participant{eligible.length === 1 ? "" : "s"} agreed to be contacted again:
                </p>
                <ul className="space-y-1 text-[13px] text-zinc-800" data-testid="follow-up-eligible">
                  {eligible.map((e) => (
                    <li key={e.email} className="flex flex-wrap items-center gap-2">
                      <span>{e.name ?? e.maskedEmail}</span>
                      {e.name && <span className="text-zinc-500">{e.maskedEmail}</span>}
                      <span className="text-zinc-500">
                        · {e.sessionCount} {e.sessionCount === 1 ? "session" : "sessions"}
                      </span>
                      {e.alreadyInvited && <Badge tone="neutral">invited</Badge>}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {canAct && toInvite.length > 0 && <SendFollowUpInvitations projectId={projectId} taskId={taskId} count={toInvite.length} />}
          </div>
        )}
        {invitations.length > 0 ? (
          <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200" data-testid="follow-up-invitation-list">
            {invitations.map((i) => (
              <li
                key={i.id}
                className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-[13px]"
                data-testid="follow-up-invitation"
              >
                <span className="font-medium text-zinc-800">{i.label}</span>
                <Badge tone={STATUS[i.status].tone}>{STATUS[i.status].label}</Badge>
                <span className="text-zinc-500">
                  {i.completedAt ? (
                    <>
                      completed <Time value={i.completedAt} />
                    </>
                  ) : i.openedAt ? (
                    <>
                      opened <Time value={i.openedAt} />
                    </>
                  ) : i.sentAt ? (
                    <>
                      sent <Time value={i.sentAt} />
                    </>
                  ) : (
                    <>
                      invited <Time value={i.createdAt} />
                    </>
                  )}
                </span>
                {i.status === "failed" && i.lastError && <span className="w-full text-red-700">{i.lastError}</span>}
              </li>
            ))}
          </ul>
        ) : (
          !eligible && <p className="text-[13px] text-zinc-600">No follow-up invitations yet.</p>
        )}
        {invitations.some((i) => i.status === "pending") && (
          <Alert tone="info">
            Scheduled invitations are sent in a moment, or after the delay set in Settings for automatic follow-ups.
          </Alert>
        )}
      </CardBody>
    </Card>
  );
}
