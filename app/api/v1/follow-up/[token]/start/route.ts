// POST /api/v1/follow-up/:token/start — "Start" on a participant's personal follow-up link (no login:
// the single-use token is the credential): opens (or re-enters) the one follow-up session of the
// invitation with the consents given, and answers the interview room's path. Expired → 410; used
// or opted out → 409 with a message for the participant; unknown → 404.
import { startFollowUpSchema, followUpTokenParams } from "@/lib/follow-up/schemas";
import { startFollowUpSession } from "@/lib/follow-up/start-follow-up-session";
import { json, route } from "@/lib/http";

export const POST = route(
  {
    auth: "public",
    params: followUpTokenParams,
    body: startFollowUpSchema,
    rateLimit: ({ ip }) => [["sessionCreatePerIp", ip]],
  },
  async ({ req, params, body }) => {
    const result = await startFollowUpSession({ token: params.token, data: body, userAgent: req.headers.get("user-agent") });
    return json(result, result.resumed ? 200 : 201);
  },
);
