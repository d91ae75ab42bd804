// What the interviewer knows in a follow-up interview: the task, the change that shipped, the
// participant's OWN earlier words about it, and the acceptance criteria to probe. Loaded from the
// invitation the session was opened from. A session marked follow_up without an invitation has
// nothing to verify and is interviewed like a discovery session.
//
// Privacy: only this participant's quotes (signals of the invitation's source sessions that are
// linked to the task) are shown, redacted. The pull request body we write quotes OTHER participants,
// so only its Objective section is used; a body written by someone else is clipped. Both are
// redacted as well: the model never needs an address or a number to ask about a fix.
import { db, type DbClient } from "@/lib/db";
import { taskAcceptanceCriteria } from "@/lib/follow-up/acceptance-criteria";
import { redactText } from "@/lib/privacy/redact-pii";
import type { InterviewPlan } from "./advance-phase";
import { followUpPlan } from "./follow-up-plan";

const MAX_EARLIER_QUOTES = 6;
const MAX_CHANGE_CHARS = 1200;

export interface FollowUpInterviewContext {
  task: { title: string; description: string };
  change: { title: string | null; summary: string | null };
  earlierQuotes: string[];
  criteria: string[];
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** "### Objective" of a body we wrote (render-spec.ts renderPrBody), else the start of the body. */
export function changeSummary(prBody: string | null): string | null {
  if (!prBody?.trim()) return null;
  const lines = prBody.split("\n");
  const start = lines.findIndex((l) => l.trim() === "### Objective");
  let text: string;
  if (start >= 0) {
    const end = lines.findIndex((l, i) => i > start && /^#{1,3} /.test(l));
    text = lines.slice(start + 1, end < 0 ? undefined : end).join(" ");
  } else {
    text = prBody.replace(/<!--[\s\S]*?-->/g, " ");
  }
  const clean = oneLine(redactText(text));
  if (!clean) return null;
  return clean.length > MAX_CHANGE_CHARS ? `${clean.slice(0, MAX_CHANGE_CHARS - 1)}…` : clean;
}

export async function loadFollowUpInterviewContext(sessionId: string, client: DbClient = db): Promise<FollowUpInterviewContext | null> {
  const session = await client.session.findUnique({
    where: { id: sessionId },
    select: {
      purpose: true,
      followUpInvitation: {
        select: {
          taskId: true,
          implementationId: true,
          sourceSessionIds: true,
          task: { select: { title: true, description: true } },
        },
      },
    },
  });
  const invitation = session?.followUpInvitation;
  if (session?.purpose !== "follow_up" || !invitation) return null;
  const found = await taskAcceptanceCriteria({ taskId: invitation.taskId, implementationId: invitation.implementationId }, client);
  const implementation = found
    ? await client.implementation.findUnique({ where: { id: found.implementationId }, select: { prTitle: true, prBody: true } })
    : null;
  const signals = invitation.sourceSessionIds.length
    ? await client.signal.findMany({
        where: { sessionId: { in: invitation.sourceSessionIds }, tasks: { some: { taskId: invitation.taskId } } },
        orderBy: [{ intensity: "desc" }, { createdAt: "asc" }],
        take: MAX_EARLIER_QUOTES,
        select: { quote: true },
      })
    : [];
  return {
    task: { title: oneLine(invitation.task.title), description: oneLine(invitation.task.description) },
    change: {
      title: implementation?.prTitle ? oneLine(redactText(implementation.prTitle)) : null,
      summary: changeSummary(implementation?.prBody ?? null),
    },
    earlierQuotes: signals.map((s) => oneLine(redactText(s.quote))).filter(Boolean),
    criteria: found?.criteria ?? [],
  };
}

/** The plan a session follows: the follow-up plan for its criteria, or the discovery plan (undefined). */
export function planFor(context: FollowUpInterviewContext | null): InterviewPlan | undefined {
  return context ? followUpPlan(context.criteria.length) : undefined;
}
