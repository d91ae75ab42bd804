// GET|POST|DELETE /api/v1/projects/:projectId/github — the project's GitHub connection: view (viewer),
// connect or replace after a successful access test (admin; the webhook secret is returned once), disconnect (admin).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { connectGithub } from "@/lib/github/connect-github";
import { disconnectGithub } from "@/lib/github/disconnect-github";
import { getGithubConnection } from "@/lib/github/get-github-connection";
import { connectGithubSchema, projectParams } from "@/lib/github/schemas";
import { noContent, route } from "@/lib/http";

export const GET = route({ auth: "principal", access: "view", params: projectParams }, async ({ params }) => {
  return { connection: await getGithubConnection(params) };
});

export const POST = route(
  { auth: "principal", access: "admin", params: projectParams, body: connectGithubSchema },
  async ({ principal, params, body }) => {
    return connectGithub({
      projectId: params.projectId,
      actorUserId: principal.kind === "user" ? principal.userId : null,
      actor: auditActorOf(principal),
      data: body,
    });
  },
);

export const DELETE = route({ auth: "principal", access: "admin", params: projectParams }, async ({ principal, params }) => {
  await disconnectGithub({ ...params, actor: auditActorOf(principal) });
  return noContent();
});
