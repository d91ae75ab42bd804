// A project with a task whose pull request is merged, and participants behind its evidence with or
// without follow-up consent (on the session, or on the screener response that led to it).
import type { DbClient } from "@/lib/db";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createSignal, createTask } from "@/prisma/factories/research";

export const TASK = "Exporting invoices to Xero fails every month";

export async function mergedTaskProject(db: DbClient, opts: { merged?: boolean } = {}) {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  await db.project.update({ where: { id: projectId }, data: { name: "Invoicing study" } });
  const task = await createTask(db, { projectId, title: TASK, status: "done" });
  const implementation = await db.implementation.create({
    data: {
      projectId,
      taskId: task.id,
      status: opts.merged === false ? "open" : "merged",
      mergedAt: opts.merged === false ? null : new Date(),
      prNumber: 7,
      repo: "acme/invoices",
    },
  });
  const viewer = await createUser(db);
  await addMember(db, { projectId, userId: viewer.id, role: "viewer" });
  const viewerToken = await createApiTokenFor(db, { userId: viewer.id });
  return { owner, projectId, task, implementation, token: owner.token, viewerToken, publicKey: owner.publicKey };
}

/** A discovery session with evidence linked to `taskId`; consent on the session or on its screener response. */
export async function participant(
  db: DbClient,
  input: {
    projectId: string;
    taskId: string;
    email: string | null;
    name?: string;
    consent: { session?: boolean; response?: boolean };
    /** the address on the response instead of the session (a screener participant) */
    emailOnResponse?: boolean;
  },
) {
  const session = await db.session.create({
    data: {
      projectId: input.projectId,
      status: "completed",
      participantEmail: input.emailOnResponse ? null : input.email,
      participantName: input.emailOnResponse ? null : (input.name ?? null),
      consentFollowUp: input.consent.session ?? false,
    },
  });
  if (input.consent.response !== undefined || input.emailOnResponse) {
    const screener = await db.screener.create({ data: { projectId: input.projectId, title: "Original study" } });
    await db.screenerResponse.create({
      data: {
        screenerId: screener.id,
        projectId: input.projectId,
        answers: {},
        qualified: true,
        participantEmail: input.email,
        participantName: input.name ?? null,
        consentFollowUp: input.consent.response ?? false,
        sessionId: session.id,
      },
    });
  }
  const signal = await createSignal(db, { projectId: input.projectId, sessionId: session.id });
  await db.taskSignal.create({ data: { taskId: input.taskId, signalId: signal.id } });
  return session;
}
