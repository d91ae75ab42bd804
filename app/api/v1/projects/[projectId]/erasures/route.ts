// POST /api/v1/projects/:projectId/erasures { email } — erase a participant from the project (admin); 202, run in the background.
// A second request for the same email while one is pending or running answers that one.
// GET  /api/v1/projects/:projectId/erasures[?email=] — the requests and receipts, newest first; ?email= answers "did you erase X?" (admin).
import { listErasures } from "@/lib/erasure/list-erasures";
import { requestErasure } from "@/lib/erasure/request-erasure";
import { listErasuresQuery, requestErasureSchema } from "@/lib/erasure/schemas";
import { json, route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";

export const POST = route(
  { auth: "principal", access: "admin", params: projectParams, body: requestErasureSchema },
  async ({ params, body, principal }) => {
    const { erasure } = await requestErasure({ projectId: params.projectId, email: body.email, principal });
    return json({ erasure }, 202);
  },
);

export const GET = route(
  { auth: "principal", access: "admin", params: projectParams, query: listErasuresQuery },
  async ({ params, query }) => {
    return { erasures: await listErasures({ projectId: params.projectId, email: query.email }) };
  },
);
