// DELETE /api/v1/projects/:projectId/invitations/:invitationId — revoke a pending invitation (admin).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { invitationParams } from "@/lib/invitations/schemas";

export const DELETE = route({ auth: "user", params: invitationParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return { invitation: await revokeInvitation(params) };
});
