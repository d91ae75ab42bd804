// A session addressed by its id alone (GET /api/v1/sessions/:id, `usertests session get <id>`
// without --project): find its project, then the ONE project access check decides. A caller who
// may not see that project gets the same 404 as for a session that does not exist, so an id never
// reveals that another tenant's session exists.
import type { Principal } from "@/lib/access/principal";
import { requireProjectAccess } from "@/lib/access/require-project-access";
import type { Permission } from "@/lib/access/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

export async function requireSessionAccess(
  principal: Principal,
  sessionId: string,
  permission: Permission,
): Promise<{ projectId: string; sessionId: string }> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { id: true, projectId: true } });
  if (!session) throw notFound("Session");
  try {
    await requireProjectAccess(principal, session.projectId, permission);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") throw notFound("Session");
    throw e;
  }
  return { projectId: session.projectId, sessionId: session.id };
}
