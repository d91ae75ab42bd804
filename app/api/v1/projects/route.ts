// GET|POST /api/v1/projects — the caller's projects; create a project (caller becomes owner).
import { requireUser } from "@/lib/access/require-project-access";
import { created, route } from "@/lib/http";
import { createProject } from "@/lib/projects/create-project";
import { listProjectsForSecretKey, listProjectsForUser } from "@/lib/projects/list-projects";
import { createProjectSchema } from "@/lib/projects/schemas";

export const GET = route({ auth: "principal" }, async ({ principal }) => {
  if (principal.kind === "secret_key") return { projects: await listProjectsForSecretKey({ projectId: principal.projectId }) };
  return { projects: await listProjectsForUser({ userId: principal.userId }) };
});

export const POST = route({ auth: "principal", body: createProjectSchema }, async ({ principal, body }) => {
  const { userId } = requireUser(principal);
  return created({ project: await createProject({ userId, data: body }) });
});
