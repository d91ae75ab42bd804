import type { Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCanManageRole, assertKeepsAnOwner } from "./member-rules";

export async function updateMemberRole(input: { projectId: string; actorRole: Role; userId: string; role: Role }) {
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { projectId_userId: { projectId: input.projectId, userId: input.userId } } });
    if (!member) throw notFound("Member");
    assertCanManageRole(input.actorRole, member.role, input.role);
    const updated = await tx.membership.update({ where: { id: member.id }, data: { role: input.role } });
    await assertKeepsAnOwner(tx, input.projectId);
    return updated;
  });
}
