// DELETE /api/v1/projects/:projectId/invitations/:invitationId — revoke a pending invitation (admin).
import { route } from "@/lib/http";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { invitationParams } from "@/lib/invitations/schemas";

export const DELETE = route({ auth: "user", access: "admin", params: invitationParams }, async ({ params }) => {
  return { invitation: await revokeInvitation(params) };
});
