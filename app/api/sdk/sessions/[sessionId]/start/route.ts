// POST /api/sdk/sessions/:sessionId/start — marks the session active (idempotent) and returns what the SDK resumes from.
// Optional body { language } (navigator.language): the session's language for transcription.
import { corsPreflight, route } from "@/lib/http";
import { sessionParams, startSdkSessionSchema } from "@/lib/recordings/schemas";
import { startSdkSession } from "@/lib/recordings/start-sdk-session";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  {
    auth: "public_key",
    cors: true,
    params: sessionParams,
    body: startSdkSessionSchema,
    maxBodyBytes: 1024,
    rateLimit: ({ params }) => [["eventBatchesPerSession", params.sessionId]],
  },
  async ({ principal, params, body }) => startSdkSession({ caller: principal, sessionId: params.sessionId, language: body.language }),
);
