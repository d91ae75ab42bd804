// What a follow-up session is about: the task and the acceptance criteria of the change that shipped,
// from the invitation it was opened from (the implementation the invitation names, else the task's
// latest merged one). Null for a discovery session, or a follow-up with nothing to judge.
import { db, type DbClient } from "@/lib/db";
import { taskAcceptanceCriteria } from "./acceptance-criteria";

export interface FollowUpTarget {
  sessionId: string;
  projectId: string;
  taskId: string;
  taskTitle: string;
  implementationId: string;
  criteria: string[];
}

export async function loadFollowUpTarget(input: { sessionId: string }, client: DbClient = db): Promise<FollowUpTarget | null> {
  const session = await client.session.findUnique({
    where: { id: input.sessionId },
    select: {
      id: true,
      projectId: true,
      purpose: true,
      followUpInvitation: { select: { taskId: true, implementationId: true, task: { select: { title: true } } } },
    },
  });
  const invitation = session?.followUpInvitation;
  if (!session || session.purpose !== "follow_up" || !invitation) return null;
  const found = await taskAcceptanceCriteria({ taskId: invitation.taskId, implementationId: invitation.implementationId }, client);
  if (!found || found.criteria.length === 0) return null;
  return {
    sessionId: session.id,
    projectId: session.projectId,
    taskId: invitation.taskId,
    taskTitle: invitation.task.title,
    implementationId: found.implementationId,
    criteria: found.criteria,
  };
}
