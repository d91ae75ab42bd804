// GET|POST /api/v1/projects — the caller's projects; create a project (caller becomes owner).
import { requireUser } from "@/lib/access/require-project-access";
import { created, route } from "@/lib/http";
import { createProject } from "@/lib/projects/create-project";
import { listProjectsForUser } from "@/lib/projects/list-projects";
import { createProjectSchema } from "@/lib/projects/schemas";
import { db } from "@/lib/db";

export const GET = route({ auth: "principal" }, async ({ principal }) => {
  if (principal.kind === "secret_key") {
    // a secret key sees only its own project
    const project = await db.project.findUniqueOrThrow({ where: { id: principal.projectId } });
    return { projects: [{ ...project, role: "member" }] };
  }
  return { projects: await listProjectsForUser({ userId: principal.userId }) };
});

export const POST = route({ auth: "principal", body: createProjectSchema }, async ({ principal, body }) => {
  const { userId } = requireUser(principal);
  return created({ project: await createProject({ userId, data: body }) });
});
