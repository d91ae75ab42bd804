// GET|DELETE /api/v1/projects/:projectId/sessions/:sessionId — full session detail with processing history (viewer); delete with its media (member).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { deleteSession } from "@/lib/sessions/delete-session";
import { getSessionDetail } from "@/lib/sessions/get-session-detail";
import { sessionParams } from "@/lib/sessions/schemas";

export const GET = route({ auth: "principal", params: sessionParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return { session: await getSessionDetail(params) };
});

export const DELETE = route({ auth: "principal", params: sessionParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return deleteSession(params);
});
