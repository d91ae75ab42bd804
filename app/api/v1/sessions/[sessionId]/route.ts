// GET /api/v1/sessions/:sessionId — a session's full detail found by its id alone (viewer of its
// project): the same body as GET /api/v1/projects/:projectId/sessions/:sessionId, for clients that
// only know the id (`usertests session get <id>`). Non-members get 404.
import { route } from "@/lib/http";
import { getSessionDetail } from "@/lib/sessions/get-session-detail";
import { requireSessionAccess } from "@/lib/sessions/require-session-access";
import { sessionParams } from "@/lib/sessions/schemas";
import { getSessionVoiceUsage } from "@/lib/voice/session-voice-usage";

export const GET = route({ auth: "principal", params: sessionParams.pick({ sessionId: true }) }, async ({ principal, params }) => {
  const found = await requireSessionAccess(principal, params.sessionId, "read");
  const [session, voiceUsage] = await Promise.all([getSessionDetail(found), getSessionVoiceUsage({ sessionId: found.sessionId })]);
  return { session: { ...session, voiceUsage } };
});
