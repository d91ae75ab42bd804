// GET /api/sdk/sessions/[sessionId] — the session as its participant sees it (interview room, completion page).
import { corsPreflight, route } from "@/lib/http";
import { getInterviewView } from "@/lib/interviewer/get-interview-view";
import { sessionParamsSchema } from "@/lib/interviewer/schemas";

export const OPTIONS = corsPreflight("GET, OPTIONS");

export const GET = route(
  {
    auth: "public_key",
    params: sessionParamsSchema,
    cors: true,
    rateLimit: ({ params }) => [["sessionReadsPerSession", params.sessionId]],
  },
  async ({ principal, params }) => getInterviewView({ caller: principal, sessionId: params.sessionId }),
);
