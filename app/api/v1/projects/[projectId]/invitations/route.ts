// GET|POST /api/v1/projects/:projectId/invitations — pending and past invitations; invite by email (admin).
import { created, route } from "@/lib/http";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { createInvitationSchema } from "@/lib/invitations/schemas";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route({ auth: "user", access: "admin", params: projectParams }, async ({ params }) => {
  return { invitations: await listInvitations({ projectId: params.projectId }) };
});

export const POST = route(
  { auth: "user", access: "admin", params: projectParams, body: createInvitationSchema },
  async ({ principal, params, body, role }) => {
    return created(await createInvitation({ projectId: params.projectId, actorUserId: principal.userId, actorRole: role, ...body }));
  },
);
