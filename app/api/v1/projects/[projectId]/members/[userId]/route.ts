// PATCH|DELETE /api/v1/projects/:projectId/members/:userId — change a role (admin); remove a member (admin) or leave (self).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { noContent, route } from "@/lib/http";
import { memberParams, updateMemberSchema } from "@/lib/members/schemas";
import { removeMember } from "@/lib/members/remove-member";
import { updateMemberRole } from "@/lib/members/update-member-role";

export const PATCH = route(
  { auth: "user", access: "admin", params: memberParams, body: updateMemberSchema },
  async ({ principal, params, body, role }) => {
    const member = await updateMemberRole({
      projectId: params.projectId,
      actor: auditActorOf(principal),
      actorRole: role,
      userId: params.userId,
      role: body.role,
    });
    return { member: { userId: member.userId, role: member.role } };
  },
);

// any member may leave (view); removing someone else needs admin, which removeMember decides
export const DELETE = route({ auth: "user", access: "view", params: memberParams }, async ({ principal, params, role }) => {
  await removeMember({ projectId: params.projectId, actorUserId: principal.userId, actorRole: role, userId: params.userId });
  return noContent();
});
