// POST /api/sdk/sessions — the SDK creates a participant session for a recording on the customer's site (public key).
import { corsPreflight, created, route } from "@/lib/http";
import { createSdkSession } from "@/lib/recordings/create-sdk-session";
import { createSdkSessionSchema } from "@/lib/recordings/schemas";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  {
    auth: "public_key",
    cors: true,
    body: createSdkSessionSchema,
    maxBodyBytes: 4 * 1024,
    rateLimit: ({ ip }) => [["sessionCreatePerIp", ip]],
  },
  async ({ req, principal, body }) => {
    const session = await createSdkSession({ caller: principal, ...body, userAgent: req.headers.get("user-agent") });
    return created({ sessionId: session.id });
  },
);
