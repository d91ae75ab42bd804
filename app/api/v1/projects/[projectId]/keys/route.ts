// GET|POST /api/v1/projects/:projectId/keys — public key and secret keys (admin); create a secret key, shown once (admin).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { created, route } from "@/lib/http";
import { createSecretKey } from "@/lib/keys/create-secret-key";
import { listKeys } from "@/lib/keys/list-keys";
import { createSecretKeySchema } from "@/lib/keys/schemas";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route({ auth: "user", params: projectParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return listKeys({ projectId: params.projectId });
});

export const POST = route({ auth: "user", params: projectParams, body: createSecretKeySchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return created(await createSecretKey({ projectId: params.projectId, name: body.name, createdById: principal.userId }));
});
