// POST /api/v1/projects/:projectId/sessions/:sessionId/reprocess — clear derived data and queue processing again (member).
import { json, route } from "@/lib/http";
import { requestReprocess } from "@/lib/processing/request-reprocess";
import { sessionParams } from "@/lib/sessions/schemas";

export const POST = route({ auth: "principal", access: "work", params: sessionParams }, async ({ principal, params }) => {
  return json(await requestReprocess({ ...params, userId: principal.kind === "user" ? principal.userId : null }), 202);
});
