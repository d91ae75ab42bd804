// POST /api/sdk/sessions/[sessionId]/voice/prompt — a gentle spoken line (silence, or "say it again") with its speech URL; not stored.
import { publicKeyFrom } from "@/lib/access/public-key";
import { corsPreflight, route } from "@/lib/http";
import { chatRateLimit } from "@/lib/interviewer/rate-limits";
import { sessionParamsSchema } from "@/lib/interviewer/schemas";
import { promptBodySchema } from "@/lib/voice/schemas";
import { voicePrompt } from "@/lib/voice/voice-prompt";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  {
    auth: "public_key",
    params: sessionParamsSchema,
    body: promptBodySchema,
    cors: true,
    maxBodyBytes: 1024,
    rateLimit: chatRateLimit,
  },
  async ({ req, principal, params, body }) =>
    voicePrompt({ caller: principal, sessionId: params.sessionId, kind: body.kind, publicKey: publicKeyFrom(req)! }),
);
