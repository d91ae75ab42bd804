// GET /api/v1/projects/:projectId/sessions — sessions, newest first; filters status, processingStatus, q, from, to; cursor pagination (viewer).
// POST — open a session for a participant and answer its interview link (member).
import { created, route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";
import { listSessions } from "@/lib/sessions/list-sessions";
import { createSessionForParticipant } from "@/lib/sessions/create-session-for-participant";
import { createSessionSchema, listSessionsQuery } from "@/lib/sessions/schemas";

export const GET = route(
  { auth: "principal", access: "view", params: projectParams, query: listSessionsQuery },
  async ({ params, query }) => {
    return listSessions({ projectId: params.projectId, query });
  },
);

export const POST = route(
  { auth: "principal", access: "work", params: projectParams, body: createSessionSchema, maxBodyBytes: 8 * 1024 },
  async ({ params, body }) => {
    return created(await createSessionForParticipant({ projectId: params.projectId, data: body }));
  },
);
