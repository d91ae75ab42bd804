// The one place that decides whether a caller may touch a project. A caller who is not a member
// gets 404 (the project's existence is not revealed); a member without the role gets 403.
import type { Project, Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { hasRole, PERMISSION, type Permission } from "./roles";
import type { Principal } from "./principal";

// A secret key is a project's server-to-server credential: it can do a member's work, never manage
// members or keys.
const SECRET_KEY_ROLE: Role = "member";

export interface ProjectAccess {
  project: Project;
  role: Role;
  principal: Principal;
}

export async function requireProjectAccess(principal: Principal, projectId: string, permission: Permission): Promise<ProjectAccess> {
  // Public keys never reach here by type; this guards callers that widen the type at run time.
  if ((principal as { kind: string }).kind === "public_key") throw notFound("Project");
  const needed = PERMISSION[permission];
  let role: Role;
  let project: Project | null;
  if (principal.kind === "secret_key") {
    project = principal.projectId === projectId ? await db.project.findUnique({ where: { id: projectId } }) : null;
    role = SECRET_KEY_ROLE;
  } else {
    const membership = await db.membership.findUnique({
      where: { projectId_userId: { projectId, userId: principal.userId } },
      include: { project: true },
    });
    project = membership?.project ?? null;
    role = membership?.role ?? "viewer";
  }
  if (!project) throw notFound("Project");
  if (!hasRole(role, needed))
    throw forbidden(
      `This needs the ${needed} role or higher; you are ${role === SECRET_KEY_ROLE && principal.kind === "secret_key" ? "using a secret key" : `a ${role}`}`,
    );
  return { project, role, principal };
}

/** Only user principals can do account-level things (create projects, tokens, accept invitations). */
export function requireUser(principal: Principal): { userId: string } {
  if (principal.kind !== "user") throw forbidden("A secret key cannot do this; use a personal API token");
  return { userId: principal.userId };
}
