// What a personal follow-up link (/u/follow-up/<token>) leads to. Only the invitation whose token
// hash matches can be opened; an expired link, one already used for a finished interview, or one
// whose participant opted out explains itself instead. Opening a valid link counts as "opened".
import { db, type DbClient } from "@/lib/db";
import { hashSecret, kindOf } from "@/lib/security/secret-tokens";

/**
 * `language`: the one the participant was interviewed in before (their latest earlier session that
 * has one), so the page and the follow-up interview speak it rather than guess from the browser.
 */
export type FollowUpLink =
  | { kind: "not_found" }
  | { kind: "expired"; projectName: string; contact: string | null; language: string | null }
  | { kind: "used"; projectName: string; language: string | null }
  | { kind: "opted_out"; projectName: string; language: string | null }
  | {
      kind: "ok";
      language: string | null;
      invitationId: string;
      projectId: string;
      projectName: string;
      taskTitle: string;
      participantName: string | null;
      /** the follow-up interview already started from this link, to re-enter */
      sessionId: string | null;
    };

/** The invitation behind a token, with what the page and Start need; locked when `lock` (Start). */
export async function findFollowUpInvitation(tx: DbClient, token: string, lock = false) {
  if (kindOf(token) !== "followUp") return null;
  const tokenHash = hashSecret(token);
  if (lock) await tx.$queryRaw`SELECT 1 FROM "FollowUpInvitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  return tx.followUpInvitation.findUnique({
    where: { tokenHash },
    include: {
      project: { select: { name: true } },
      task: { select: { title: true } },
      session: { select: { id: true, status: true } },
    },
  });
}

type Invitation = NonNullable<Awaited<ReturnType<typeof findFollowUpInvitation>>>;

/** The link's state; `contact` is the inviting member's address, for an expired link. */
export async function linkState(tx: DbClient, invitation: Invitation | null, now = new Date()): Promise<FollowUpLink> {
  if (!invitation) return { kind: "not_found" };
  const projectName = invitation.project.name;
  const language = await earlierLanguage(tx, invitation.sourceSessionIds);
  const ended = invitation.session && (invitation.session.status === "completed" || invitation.session.status === "abandoned");
  if (invitation.status === "completed" || ended) return { kind: "used", projectName, language };
  if (invitation.status === "opted_out") return { kind: "opted_out", projectName, language };
  if (invitation.expiresAt <= now) {
    const inviter = invitation.invitedByUserId
      ? await tx.user.findUnique({ where: { id: invitation.invitedByUserId }, select: { email: true } })
      : null;
    return { kind: "expired", projectName, contact: inviter?.email ?? null, language };
  }
  return {
    kind: "ok",
    language,
    invitationId: invitation.id,
    projectId: invitation.projectId,
    projectName,
    taskTitle: invitation.task.title,
    participantName: invitation.participantName,
    sessionId: invitation.session?.id ?? null,
  };
}

/** The language of the participant's latest earlier session that has one (the screener or link chose it). */
async function earlierLanguage(tx: DbClient, sessionIds: string[]): Promise<string | null> {
  if (sessionIds.length === 0) return null;
  const latest = await tx.session.findFirst({
    where: { id: { in: sessionIds }, language: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { language: true },
  });
  return latest?.language ?? null;
}

/** The participant page: the link's state, and the first view of a valid link is recorded. */
export async function openFollowUpLink(input: { token: string; now?: Date }): Promise<FollowUpLink> {
  const now = input.now ?? new Date();
  const state = await linkState(db, await findFollowUpInvitation(db, input.token), now);
  if (state.kind === "ok") {
    await db.followUpInvitation.updateMany({ where: { id: state.invitationId, openedAt: null }, data: { openedAt: now } });
    // a mail reported failed that arrived after all is opened too
    await db.followUpInvitation.updateMany({
      where: { id: state.invitationId, status: { in: ["sent", "failed"] } },
      data: { status: "opened" },
    });
  }
  return state;
}
