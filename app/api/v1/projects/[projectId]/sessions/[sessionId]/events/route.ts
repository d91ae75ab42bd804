// GET /api/v1/projects/:projectId/sessions/:sessionId/events — behaviour events in time order with readable labels; fromMs, cursor, limit (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { listSessionEvents } from "@/lib/sessions/list-session-events";
import { listSessionEventsQuery, sessionParams } from "@/lib/sessions/schemas";

export const GET = route({ auth: "principal", params: sessionParams, query: listSessionEventsQuery }, async ({ principal, params, query }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return listSessionEvents({ ...params, query });
});
