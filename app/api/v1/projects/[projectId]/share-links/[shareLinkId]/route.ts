// DELETE /api/v1/projects/:projectId/share-links/:shareLinkId — revoke a share link at once; idempotent (member).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { route } from "@/lib/http";
import { revokeShareLink } from "@/lib/sharing/revoke-share-link";
import { shareLinkParams } from "@/lib/sharing/schemas";

export const DELETE = route({ auth: "principal", access: "work", params: shareLinkParams }, async ({ principal, params }) => {
  return { shareLink: await revokeShareLink({ ...params, actor: auditActorOf(principal) }) };
});
