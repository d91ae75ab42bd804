// POST /api/sdk/sessions/[sessionId]/messages — a participant message; streams the interviewer's answer (SSE, or JSON with Accept: application/json).
import { corsPreflight, route } from "@/lib/http";
import { chatRateLimit } from "@/lib/interviewer/rate-limits";
import { replyEventStream } from "@/lib/interviewer/reply-stream";
import { sendMessageSchema, sessionParamsSchema } from "@/lib/interviewer/schemas";
import { acceptParticipantMessage, replyToParticipant } from "@/lib/interviewer/send-participant-message";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  {
    auth: "public_key",
    params: sessionParamsSchema,
    body: sendMessageSchema,
    cors: true,
    maxBodyBytes: 64 * 1024,
    rateLimit: chatRateLimit,
  },
  async ({ req, principal, params, body }) => {
    const accepted = await acceptParticipantMessage({ caller: principal, sessionId: params.sessionId, ...body });
    const accept = req.headers.get("accept") ?? "";
    if (accept.includes("application/json") && !accept.includes("text/event-stream")) return replyToParticipant({ accepted });
    return replyEventStream(accepted);
  },
);
