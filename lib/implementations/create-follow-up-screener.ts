// Follow-up after a measured change: a draft screener, pre-filled to re-interview the participants
// whose sessions produced the task's evidence and who agreed to be contacted again. The invitee list
// is derived (not stored), so a withdrawn consent is respected whenever it is read.
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { createScreenerIn } from "@/lib/screeners/create-screener";
import { getScreenerOrThrow } from "@/lib/screeners/get-screener";
import { createScreenerSchema } from "@/lib/screeners/schemas";

export interface FollowUpInvitee {
  email: string;
  name: string | null;
  sessionIds: string[];
}

export async function followUpInvitees(input: { projectId: string; taskId: string }): Promise<FollowUpInvitee[]> {
  // a task of another project is not found here, like on every other child route
  const task = await db.task.findFirst({ where: { id: input.taskId, projectId: input.projectId }, select: { id: true } });
  if (!task) throw notFound("Task");
  const sessions = await db.session.findMany({
    where: {
      projectId: input.projectId,
      signals: { some: { tasks: { some: { taskId: input.taskId } } } },
      OR: [{ consentFollowUp: true }, { response: { consentFollowUp: true } }],
    },
    select: {
      id: true,
      participantEmail: true,
      participantName: true,
      response: { select: { participantEmail: true, participantName: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const byEmail = new Map<string, FollowUpInvitee>();
  for (const s of sessions) {
    const email = (s.participantEmail ?? s.response?.participantEmail)?.toLowerCase();
    if (!email) continue; // nobody to contact
    const entry = byEmail.get(email) ?? { email, name: s.participantName ?? s.response?.participantName ?? null, sessionIds: [] };
    entry.sessionIds.push(s.id);
    byEmail.set(email, entry);
  }
  return [...byEmail.values()];
}

/** The id of the task's follow-up screener, once made. */
export async function followUpScreenerOf(input: { projectId: string; taskId: string }): Promise<string | null> {
  const task = await db.task.findFirst({ where: { id: input.taskId, projectId: input.projectId }, select: { followUpScreenerId: true } });
  return task?.followUpScreenerId ?? null;
}

/**
 * The task's follow-up screener: made once, as a draft pre-filled for the participants behind the
 * evidence; a second request (another click, a reload, a retry) answers the same screener. The
 * task's row is locked while deciding, so two requests at once still make one screener.
 */
export async function createFollowUpScreener(input: { projectId: string; taskId: string }) {
  const invitees = await followUpInvitees(input);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Task" WHERE "id" = ${input.taskId} AND "projectId" = ${input.projectId} FOR UPDATE`;
    if (!locked) throw notFound("Task");
    const task = await tx.task.findUniqueOrThrow({
      where: { id: locked.id },
      include: {
        measurements: { orderBy: { createdAt: "desc" }, take: 1 },
        implementations: { where: { status: "merged" }, orderBy: { mergedAt: "desc" }, take: 1 },
      },
    });
    if (task.followUpScreenerId) {
      return {
        screener: await getScreenerOrThrow({ projectId: input.projectId, screenerId: task.followUpScreenerId, tx }),
        invitees,
        created: false,
      };
    }
    if (task.measurements.length === 0)
      throw new AppError("conflict", "Measure the change first: a follow-up is for a task whose merge has been measured");
    if (invitees.length === 0) throw new AppError("conflict", "No participant behind this task's evidence agreed to be contacted again");
    const shipped = task.implementations[0]?.mergedAt?.toISOString().slice(0, 10);
    const data = createScreenerSchema.parse({
      title: `Follow-up: ${task.title}`.slice(0, 200),
      description: `We shipped a change about “${task.title}”${shipped ? ` on ${shipped}` : ""}, after you told us about it. We would like to hear whether it helps.`,
      welcomeMessage: "Thanks for talking to us last time. This short follow-up is about the change we made after your interview.",
      maxParticipants: invitees.length,
      questions: [
        {
          text: "Have you used this part of the product since the change?",
          type: "single_choice",
          options: ["Yes", "Not yet", "Not sure"],
          required: true,
        },
        {
          text: "Compared with before, how is it now?",
          type: "scale",
          min: 1,
          max: 5,
          required: true,
          helpText: "1 = worse, 3 = the same, 5 = much better",
        },
        { text: "What still gets in your way, if anything?", type: "text", required: false },
      ],
    });
    const screener = await createScreenerIn(tx, { projectId: input.projectId, data });
    await tx.task.update({ where: { id: task.id }, data: { followUpScreenerId: screener.id } });
    return { screener, invitees, created: true };
  });
}
