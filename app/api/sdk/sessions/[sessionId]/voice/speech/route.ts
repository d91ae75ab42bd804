// GET /api/sdk/sessions/[sessionId]/voice/speech?t=<signed token> — one piece of the interviewer's reply as audio (streamed).
import { corsPreflight, route } from "@/lib/http";
import { sessionParamsSchema } from "@/lib/interviewer/schemas";
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
    requireVoice();
    // the wrapper has checked that the session is the key's project's; no second lookup on the way to the first audio byte
    return synthesizeSpeech({ session: { id: params.sessionId, projectId: principal.projectId }, token: query.t, signal: req.signal });
  },
);
