// DELETE /api/v1/projects/:projectId/keys/:keyId — revoke a secret key (admin).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { revokeSecretKey } from "@/lib/keys/revoke-secret-key";
import { keyParams } from "@/lib/keys/schemas";

export const DELETE = route({ auth: "user", params: keyParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return { key: await revokeSecretKey(params) };
});
