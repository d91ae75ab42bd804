// PATCH|DELETE /api/v1/projects/:projectId/members/:userId — change a role (admin); remove a member (admin) or leave (self).
import { requireProjectAccess, requireUser } from "@/lib/access/require-project-access";
import { noContent, route } from "@/lib/http";
import { memberParams, updateMemberSchema } from "@/lib/members/schemas";
import { removeMember } from "@/lib/members/remove-member";
import { updateMemberRole } from "@/lib/members/update-member-role";

export const PATCH = route({ auth: "user", params: memberParams, body: updateMemberSchema }, async ({ principal, params, body }) => {
  const { role } = await requireProjectAccess(principal, params.projectId, "manage");
  const member = await updateMemberRole({ projectId: params.projectId, actorRole: role, userId: params.userId, role: body.role });
  return { member: { userId: member.userId, role: member.role } };
});

export const DELETE = route({ auth: "user", params: memberParams }, async ({ principal, params }) => {
  const { userId } = requireUser(principal);
  const { role } = await requireProjectAccess(principal, params.projectId, "read");
  await removeMember({ projectId: params.projectId, actorUserId: userId, actorRole: role, userId: params.userId });
  return noContent();
});
