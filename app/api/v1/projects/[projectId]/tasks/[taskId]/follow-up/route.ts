// GET|POST /api/v1/projects/:projectId/tasks/:taskId/follow-up — who can be re-interviewed about the
// shipped change (participants behind the evidence with follow-up consent; member), and a draft
// follow-up screener pre-filled for them (member; 201, or 200 with the task's existing one).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { created, route } from "@/lib/http";
import { createFollowUpScreener, followUpInvitees } from "@/lib/implementations/create-follow-up-screener";
import { emptyBody, taskParams } from "@/lib/implementations/schemas";

export const GET = route({ auth: "principal", params: taskParams }, async ({ principal, params }) => {
  // participants' emails: members and up, like screener responses
  await requireProjectAccess(principal, params.projectId, "work");
  return { invitees: await followUpInvitees(params) };
});

export const POST = route({ auth: "principal", params: taskParams, body: emptyBody }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  const { created: isNew, ...result } = await createFollowUpScreener(params);
  return isNew ? created(result) : result;
});
