// GET /api/sdk/sessions/[sessionId]/voice/speech?t=<signed token> — one piece of the interviewer's reply as audio (streamed).
import { corsPreflight, route } from "@/lib/http";
import { sessionParamsSchema } from "@/lib/interviewer/schemas";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";
import { requireVoice } from "@/lib/voice/config";
import { speechQuerySchema } from "@/lib/voice/schemas";
import { synthesizeSpeech } from "@/lib/voice/synthesize-speech";

export const OPTIONS = corsPreflight("GET, OPTIONS");

export const GET = route(
  {
    auth: "public_key",
    params: sessionParamsSchema,
    query: speechQuerySchema,
    cors: true,
    // one per sentence: a few per turn, so a budget of its own rather than the chat's
    rateLimit: ({ params }) => [["speechPerSession", params.sessionId]],
  },
  async ({ req, principal, params, query }) => {
    const session = await getParticipantSessionOrThrow({ caller: principal, sessionId: params.sessionId });
    requireVoice();
    return synthesizeSpeech({ session, token: query.t, signal: req.signal });
  },
);
