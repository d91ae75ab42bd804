// POST /api/sdk/sessions/[sessionId]/interview/end — the participant ends the interview; processing is queued.
import { corsPreflight, route } from "@/lib/http";
import { endInterview } from "@/lib/interviewer/end-interview";
import { chatRateLimit } from "@/lib/interviewer/rate-limits";
import { sessionParamsSchema } from "@/lib/interviewer/schemas";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  { auth: "public_key", params: sessionParamsSchema, cors: true, rateLimit: chatRateLimit },
  async ({ principal, params }) => endInterview({ caller: principal, sessionId: params.sessionId }),
);
