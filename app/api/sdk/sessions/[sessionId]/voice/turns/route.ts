// POST /api/sdk/sessions/[sessionId]/voice/turns?clientMessageId=…&durationMs=… — one spoken turn (raw audio, ≤ 5 MiB);
// streams its transcript and the interviewer's reply with speech URLs (SSE, voice-contract.md).
import { publicKeyFrom } from "@/lib/access/public-key";
import { corsPreflight, route } from "@/lib/http";
import { chatRateLimit } from "@/lib/interviewer/rate-limits";
import { sessionParamsSchema } from "@/lib/interviewer/schemas";
import { MAX_TURN_BYTES } from "@/lib/voice/config";
import { prepareVoiceTurn } from "@/lib/voice/prepare-turn";
import { turnQuerySchema } from "@/lib/voice/schemas";
import { voiceTurnEventStream } from "@/lib/voice/turn-event-stream";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  {
    auth: "public_key",
    params: sessionParamsSchema,
    query: turnQuerySchema,
    body: "stream",
    maxBodyBytes: MAX_TURN_BYTES,
    cors: true,
    rateLimit: chatRateLimit,
  },
  async ({ req, principal, params, query, body }) => {
    const turn = await prepareVoiceTurn({
      caller: principal,
      sessionId: params.sessionId,
      clientMessageId: query.clientMessageId,
      durationMs: query.durationMs,
      contentType: req.headers.get("content-type"),
      body: body.chunks,
    });
    return voiceTurnEventStream(turn, { publicKey: publicKeyFrom(req)! });
  },
);
