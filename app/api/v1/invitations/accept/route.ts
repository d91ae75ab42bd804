// POST /api/v1/invitations/accept — the signed-in user accepts an invitation sent to their email.
import { route } from "@/lib/http";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationSchema } from "@/lib/invitations/schemas";

export const POST = route({ auth: "user", body: acceptInvitationSchema }, async ({ principal, body }) =>
  acceptInvitation({ userId: principal.userId, token: body.token }),
);
