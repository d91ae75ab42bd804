import type { Role } from "@/generated/prisma/enums";

export const ROLES = ["owner", "admin", "member", "viewer"] as const satisfies readonly Role[];
const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/** True when `role` is at least `needed` (owner > admin > member > viewer). */
export function hasRole(role: Role, needed: Role): boolean {
  return rank[role] >= rank[needed];
}

/**
 * What each role may do. owner/admin manage members and keys, member works with research data,
 * viewer only reads. Checked only through requireProjectAccess.
 */
export const PERMISSION = {
  read: "viewer",
  work: "member",
  manage: "admin",
  deleteProject: "owner",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSION;

/**
 * The access level a project route declares (route({ access })), and the permission the route
 * wrapper checks for it through requireProjectAccess before the handler runs.
 */
export const ACCESS = {
  view: "read",
  work: "work",
  admin: "manage",
  owner: "deleteProject",
} as const satisfies Record<string, Permission>;

export type AccessLevel = keyof typeof ACCESS;
