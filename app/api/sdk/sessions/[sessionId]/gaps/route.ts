// POST /api/sdk/sessions/:sessionId/gaps — the SDK reports media chunks it could not deliver (stored as a recording_gap activity).
import { corsPreflight, created, json, route } from "@/lib/http";
import { recordRecordingGap } from "@/lib/recordings/record-recording-gap";
import { recordingGapSchema, sessionParams } from "@/lib/recordings/schemas";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  {
    auth: "public_key",
    cors: true,
    params: sessionParams,
    body: recordingGapSchema,
    maxBodyBytes: 4 * 1024,
    rateLimit: ({ params }) => [["uploadsPerSession", params.sessionId]],
  },
  async ({ principal, params, body }) => {
    const { gap, created: isNew } = await recordRecordingGap({ caller: principal, sessionId: params.sessionId, gap: body });
    return isNew ? created({ gap }) : json({ gap });
  },
);
