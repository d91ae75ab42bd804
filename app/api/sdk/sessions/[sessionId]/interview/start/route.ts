// POST /api/sdk/sessions/[sessionId]/interview/start — the participant starts the interview; returns the interviewer's opening message.
import { publicKeyFrom } from "@/lib/access/public-key";
import { corsPreflight, route } from "@/lib/http";
import { chatRateLimit } from "@/lib/interviewer/rate-limits";
import { sessionParamsSchema, startInterviewSchema } from "@/lib/interviewer/schemas";
import { startInterview } from "@/lib/interviewer/start-interview";
import { openingSpeech } from "@/lib/voice/opening-speech";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  { auth: "public_key", params: sessionParamsSchema, body: startInterviewSchema, cors: true, rateLimit: chatRateLimit },
  async ({ req, principal, params, body }) => {
    const started = await startInterview({ caller: principal, sessionId: params.sessionId, ...body });
    // a voice interview speaks its opening: the same signed speech pieces a reply's stream carries
    return {
      ...started,
      openingSpeech: openingSpeech({ session: started.session, opening: started.opening, publicKey: publicKeyFrom(req)! }),
    };
  },
);
