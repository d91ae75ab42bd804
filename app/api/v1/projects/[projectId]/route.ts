// GET|PATCH|DELETE /api/v1/projects/:projectId — read (viewer), update (admin), delete (owner).
import { noContent, route } from "@/lib/http";
import { deleteProject } from "@/lib/projects/delete-project";
import { projectParams, updateProjectSchema } from "@/lib/projects/schemas";
import { updateProject } from "@/lib/projects/update-project";

export const GET = route({ auth: "principal", access: "view", params: projectParams }, async ({ project, role }) => {
  return { project: { ...project, role } };
});

export const PATCH = route(
  { auth: "principal", access: "admin", params: projectParams, body: updateProjectSchema },
  async ({ params, body }) => {
    return { project: await updateProject({ projectId: params.projectId, data: body }) };
  },
);

export const DELETE = route({ auth: "principal", access: "owner", params: projectParams }, async ({ params }) => {
  await deleteProject({ projectId: params.projectId });
  return noContent();
});
