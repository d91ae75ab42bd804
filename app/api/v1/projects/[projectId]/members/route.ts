// GET /api/v1/projects/:projectId/members — members and their roles (viewer). New members join through invitations.
import { route } from "@/lib/http";
import { listMembers } from "@/lib/members/list-members";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route({ auth: "principal", access: "view", params: projectParams }, async ({ params }) => {
  return { members: await listMembers({ projectId: params.projectId }) };
});
