// POST /api/sdk/sessions/[sessionId]/interview/start — the participant starts the interview; returns the interviewer's opening message.
import { corsPreflight, route } from "@/lib/http";
import { chatRateLimit } from "@/lib/interviewer/rate-limits";
import { sessionParamsSchema, startInterviewSchema } from "@/lib/interviewer/schemas";
import { startInterview } from "@/lib/interviewer/start-interview";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  { auth: "public_key", params: sessionParamsSchema, body: startInterviewSchema, cors: true, rateLimit: chatRateLimit },
  async ({ principal, params, body }) => startInterview({ caller: principal, sessionId: params.sessionId, ...body }),
);
