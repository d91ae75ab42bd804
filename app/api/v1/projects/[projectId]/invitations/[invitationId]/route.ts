// DELETE /api/v1/projects/:projectId/invitations/:invitationId — revoke a pending invitation (admin).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { route } from "@/lib/http";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { invitationParams } from "@/lib/invitations/schemas";

export const DELETE = route({ auth: "user", access: "admin", params: invitationParams }, async ({ principal, params }) => {
  return { invitation: await revokeInvitation({ ...params, actor: auditActorOf(principal) }) };
});
