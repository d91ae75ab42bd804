// GET|DELETE /api/v1/projects/:projectId/sessions/:sessionId — full session detail with processing history (viewer); delete with its media (member).
import { route } from "@/lib/http";
import { seesOriginalText } from "@/lib/privacy/original-text-access";
import { deleteSession } from "@/lib/sessions/delete-session";
import { getSessionDetail } from "@/lib/sessions/get-session-detail";
import { sessionParams } from "@/lib/sessions/schemas";

export const GET = route({ auth: "principal", access: "view", params: sessionParams }, async ({ params, project, role }) => {
  return { session: await getSessionDetail({ ...params, originalText: seesOriginalText({ project, role }) }) };
});

export const DELETE = route({ auth: "principal", access: "work", params: sessionParams }, async ({ params }) => {
  return deleteSession(params);
});
