// POST /api/sdk/sessions/:sessionId/start — marks the session active (idempotent) and returns what the SDK resumes from.
import { corsPreflight, route } from "@/lib/http";
import { sessionParams } from "@/lib/recordings/schemas";
import { startSdkSession } from "@/lib/recordings/start-sdk-session";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  { auth: "public_key", cors: true, params: sessionParams, rateLimit: ({ params }) => [["eventBatchesPerSession", params.sessionId]] },
  async ({ principal, params }) => startSdkSession({ caller: principal, sessionId: params.sessionId }),
);
