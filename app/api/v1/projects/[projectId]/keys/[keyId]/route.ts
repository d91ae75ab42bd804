// DELETE /api/v1/projects/:projectId/keys/:keyId — revoke a secret key (admin).
import { route } from "@/lib/http";
import { revokeSecretKey } from "@/lib/keys/revoke-secret-key";
import { keyParams } from "@/lib/keys/schemas";

export const DELETE = route({ auth: "user", access: "admin", params: keyParams }, async ({ params }) => {
  return { key: await revokeSecretKey(params) };
});
