import type { Role } from "@/generated/prisma/client";
import type { DbClient } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";

/** Only an owner may grant, change or remove the owner role; admins manage everyone else. */
export function assertCanManageRole(actorRole: Role, targetCurrent: Role | null, targetNext: Role | null) {
  if (actorRole === "owner") return;
  if (targetCurrent === "owner" || targetNext === "owner") throw forbidden("Only an owner can grant, change or remove the owner role");
}

/** A project always keeps at least one owner. Call inside the transaction that changes memberships. */
export async function assertKeepsAnOwner(tx: DbClient, projectId: string) {
  const owners = await tx.membership.count({ where: { projectId, role: "owner" } });
  if (owners === 0) throw new AppError("conflict", "A project needs at least one owner; make someone else owner first");
}
