// GET /api/v1/projects/:projectId/members — members and their roles (viewer). New members join through invitations.
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { listMembers } from "@/lib/members/list-members";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route({ auth: "principal", params: projectParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return { members: await listMembers({ projectId: params.projectId }) };
});
