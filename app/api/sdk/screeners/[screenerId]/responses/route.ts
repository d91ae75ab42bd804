// POST /api/sdk/screeners/:screenerId/responses?key=ut_pub_… — a participant's answers: qualified → session + interview link; otherwise the disqualified message.
import { publicKeyFrom } from "@/lib/access/public-key";
import { corsPreflight, json, route } from "@/lib/http";
import { interviewPath } from "@/lib/sessions/interview-path";
import { publicScreenerParams, submitResponseSchema } from "@/lib/screeners/schemas";
import { submitScreenerResponse } from "@/lib/screeners/submit-screener-response";

export const POST = route(
  {
    auth: "public_key",
    cors: true,
    params: publicScreenerParams,
    body: submitResponseSchema,
    rateLimit: ({ ip }) => [["screenerSubmitPerIp", ip]],
  },
  async ({ req, principal, params, body }) => {
    const result = await submitScreenerResponse({
      projectId: principal.projectId,
      screenerId: params.screenerId,
      data: body,
      userAgent: req.headers.get("user-agent"),
      acceptLanguage: req.headers.get("accept-language"),
    });
    // the participant learns the outcome, never which rule decided it (the reason is for researchers)
    if (!result.qualified) return json({ qualified: false, message: result.message }, 201);
    const interviewUrl = interviewPath({ sessionId: result.sessionId, publicKey: publicKeyFrom(req)! });
    return json({ qualified: true, sessionId: result.sessionId, interviewUrl, resumed: result.resumed }, result.resumed ? 200 : 201);
  },
);

export const OPTIONS = corsPreflight("POST, OPTIONS");
