// GET /api/v1/projects/:projectId/sessions/:sessionId/events — behaviour events in time order with readable labels; fromMs, cursor, limit (viewer).
import { route } from "@/lib/http";
import { listSessionEvents } from "@/lib/sessions/list-session-events";
import { listSessionEventsQuery, sessionParams } from "@/lib/sessions/schemas";

export const GET = route(
  { auth: "principal", access: "view", params: sessionParams, query: listSessionEventsQuery },
  async ({ params, query }) => {
    return listSessionEvents({ ...params, query });
  },
);
