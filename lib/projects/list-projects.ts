import { db } from "@/lib/db";

/** The projects a user belongs to, with their role, newest first. */
export async function listProjectsForUser(input: { userId: string }) {
  const memberships = await db.membership.findMany({
    where: { userId: input.userId },
    include: { project: true },
    orderBy: { project: { createdAt: "desc" } },
  });
  return memberships.map((m) => ({ ...m.project, role: m.role }));
}

/** What a project secret key sees: only its own project, as a member. */
export async function listProjectsForSecretKey(input: { projectId: string }) {
  const project = await db.project.findUniqueOrThrow({ where: { id: input.projectId } });
  return [{ ...project, role: "member" }];
}
