// GET|POST /api/v1/tokens — the caller's personal API tokens; create one, shown once.
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { createApiTokenSchema } from "@/lib/api-tokens/schemas";
import { created, route } from "@/lib/http";

export const GET = route({ auth: "user" }, async ({ principal }) => ({ tokens: await listApiTokens({ userId: principal.userId }) }));

export const POST = route({ auth: "user", body: createApiTokenSchema }, async ({ principal, body }) =>
  created(await createApiToken({ userId: principal.userId, ...body })),
);
