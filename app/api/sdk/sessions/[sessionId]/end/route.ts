// POST /api/sdk/sessions/:sessionId/end — ends the session and queues its processing (idempotent).
import { corsPreflight, route } from "@/lib/http";
import { endSdkSession } from "@/lib/recordings/end-sdk-session";
import { sessionParams } from "@/lib/recordings/schemas";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  { auth: "public_key", cors: true, params: sessionParams, rateLimit: ({ params }) => [["eventBatchesPerSession", params.sessionId]] },
  async ({ principal, params }) => endSdkSession({ caller: principal, sessionId: params.sessionId }),
);
