// POST /api/sdk/sessions/:sessionId/identify — attaches the site's user id (and optional name/email) to the session.
import { corsPreflight, route } from "@/lib/http";
import { identifyParticipant } from "@/lib/recordings/identify-participant";
import { identifySchema, sessionParams } from "@/lib/recordings/schemas";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  {
    auth: "public_key",
    cors: true,
    params: sessionParams,
    body: identifySchema,
    maxBodyBytes: 4 * 1024,
    rateLimit: ({ params }) => [["eventBatchesPerSession", params.sessionId]],
  },
  async ({ principal, params, body }) => identifyParticipant({ caller: principal, sessionId: params.sessionId, ...body }),
);
