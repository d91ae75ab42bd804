// GET|POST /api/v1/projects/:projectId/tasks/:taskId/follow-up — who can be re-interviewed about the
// shipped change (participants behind the evidence with follow-up consent; member), and a draft
// follow-up screener pre-filled for them (member; 201, or 200 with the task's existing one).
import { created, route } from "@/lib/http";
import { createFollowUpScreener, followUpInvitees } from "@/lib/implementations/create-follow-up-screener";
import { emptyBody, taskParams } from "@/lib/implementations/schemas";

// participants' emails: members and up, like screener responses
export const GET = route({ auth: "principal", access: "work", params: taskParams }, async ({ params }) => {
  return { invitees: await followUpInvitees(params) };
});

export const POST = route({ auth: "principal", access: "work", params: taskParams, body: emptyBody }, async ({ params }) => {
  const { created: isNew, ...result } = await createFollowUpScreener(params);
  return isNew ? created(result) : result;
});
