// GET|DELETE /api/v1/projects/:projectId/sessions/:sessionId — full session detail with processing history (viewer); delete with its media (member).
import { route } from "@/lib/http";
import { seesOriginalText } from "@/lib/privacy/original-text-access";
import { deleteSession } from "@/lib/sessions/delete-session";
import { getSessionDetail } from "@/lib/sessions/get-session-detail";
import { sessionParams } from "@/lib/sessions/schemas";
import { getSessionVoiceUsage } from "@/lib/voice/session-voice-usage";

export const GET = route({ auth: "principal", access: "view", params: sessionParams }, async ({ params, project, role }) => {
  const [session, voiceUsage] = await Promise.all([
    getSessionDetail({ ...params, originalText: seesOriginalText({ project, role }) }),
    // a voice interview's audio minutes, characters, tokens and cost per minute (#18); null for text
    getSessionVoiceUsage({ sessionId: params.sessionId }),
  ]);
  return { session: { ...session, voiceUsage } };
});

export const DELETE = route({ auth: "principal", access: "work", params: sessionParams }, async ({ params }) => {
  return deleteSession(params);
});
