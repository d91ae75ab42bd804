import { db } from "@/lib/db";

export async function listMembers(input: { projectId: string }) {
  const rows = await db.membership.findMany({
    where: { projectId: input.projectId },
    include: { user: { select: { id: true, email: true, name: true, image: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({ userId: m.userId, role: m.role, joinedAt: m.createdAt, ...m.user, id: m.id }));
}
