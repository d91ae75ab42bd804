// GET|POST /api/v1/projects/:projectId/share-links — the project's read-only evidence links; share a task's evidence or one signal (member). The URL is answered once.
import { auditActorOf } from "@/lib/audit/audit-actor";
import { created, route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";
import { createShareLink } from "@/lib/sharing/create-share-link";
import { listShareLinks } from "@/lib/sharing/list-share-links";
import { createShareLinkSchema } from "@/lib/sharing/schemas";

export const GET = route({ auth: "principal", access: "work", params: projectParams }, async ({ params }) => {
  return { shareLinks: await listShareLinks({ projectId: params.projectId }) };
});

export const POST = route(
  { auth: "principal", access: "work", params: projectParams, body: createShareLinkSchema },
  async ({ principal, params, body }) => {
    return created(await createShareLink({ ...body, projectId: params.projectId, actor: auditActorOf(principal) }));
  },
);
