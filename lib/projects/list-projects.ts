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
