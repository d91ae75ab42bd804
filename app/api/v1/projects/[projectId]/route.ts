// GET|PATCH|DELETE /api/v1/projects/:projectId — read (viewer), update (admin), delete (owner).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { noContent, route } from "@/lib/http";
import { deleteProject } from "@/lib/projects/delete-project";
import { projectParams, updateProjectSchema } from "@/lib/projects/schemas";
import { updateProject } from "@/lib/projects/update-project";

export const GET = route({ auth: "principal", params: projectParams }, async ({ principal, params }) => {
  const { project, role } = await requireProjectAccess(principal, params.projectId, "read");
  return { project: { ...project, role } };
});

export const PATCH = route({ auth: "principal", params: projectParams, body: updateProjectSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return { project: await updateProject({ projectId: params.projectId, data: body }) };
});

export const DELETE = route({ auth: "principal", params: projectParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "deleteProject");
  await deleteProject({ projectId: params.projectId });
  return noContent();
});
