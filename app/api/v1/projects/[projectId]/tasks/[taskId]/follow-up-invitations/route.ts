// GET|POST /api/v1/projects/:projectId/tasks/:taskId/follow-up-invitations — the participants who can
// be asked whether the merged fix works (member: with their addresses; viewer: statuses only) and
// each invitation's status; POST invites the chosen ones (default all eligible; member), once per
// person, and queues the mails. A task whose latest pull request is not merged answers 409.
import { auditActorOf } from "@/lib/audit/audit-actor";
import { hasRole, PERMISSION } from "@/lib/access/roles";
import { createFollowUpInvitations } from "@/lib/follow-up/create-follow-up-invitations";
import { listFollowUpInvitations } from "@/lib/follow-up/list-follow-up-invitations";
import { createFollowUpInvitationsSchema } from "@/lib/follow-up/schemas";
import { created, route } from "@/lib/http";
import { taskParams } from "@/lib/tasks/schemas";

export const GET = route({ auth: "principal", access: "view", params: taskParams }, async ({ params, role }) => {
  // participants' contact details: members and up, like screener responses
  return listFollowUpInvitations({ ...params, withContacts: hasRole(role, PERMISSION.work) });
});

export const POST = route(
  { auth: "principal", access: "work", params: taskParams, body: createFollowUpInvitationsSchema },
  async ({ params, body, principal }) => {
    const result = await createFollowUpInvitations({ ...params, emails: body.emails, actor: auditActorOf(principal) });
    const view = await listFollowUpInvitations({ ...params, withContacts: true });
    return result.invited > 0 ? created({ ...result, ...view }) : { ...result, ...view };
  },
);
