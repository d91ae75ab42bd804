// GET|POST /api/v1/projects/:projectId/keys — public key and secret keys (admin); create a secret key, shown once (admin).
import { created, route } from "@/lib/http";
import { createSecretKey } from "@/lib/keys/create-secret-key";
import { listKeys } from "@/lib/keys/list-keys";
import { createSecretKeySchema } from "@/lib/keys/schemas";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route({ auth: "user", access: "admin", params: projectParams }, async ({ params }) => {
  return listKeys({ projectId: params.projectId });
});

export const POST = route(
  { auth: "user", access: "admin", params: projectParams, body: createSecretKeySchema },
  async ({ principal, params, body }) => {
    return created(await createSecretKey({ projectId: params.projectId, name: body.name, createdById: principal.userId }));
  },
);
