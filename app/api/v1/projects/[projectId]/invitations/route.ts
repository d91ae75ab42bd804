// GET|POST /api/v1/projects/:projectId/invitations — pending and past invitations; invite by email (admin).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { created, route } from "@/lib/http";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { createInvitationSchema } from "@/lib/invitations/schemas";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route({ auth: "user", params: projectParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return { invitations: await listInvitations({ projectId: params.projectId }) };
});

export const POST = route({ auth: "user", params: projectParams, body: createInvitationSchema }, async ({ principal, params, body }) => {
  const { role } = await requireProjectAccess(principal, params.projectId, "manage");
  return created(await createInvitation({ projectId: params.projectId, actorUserId: principal.userId, actorRole: role, ...body }));
});
