// DELETE /api/v1/projects/:projectId/keys/:keyId — revoke a secret key (admin).
import { auditActorOf } from "@/lib/audit/audit-actor";
import { route } from "@/lib/http";
import { revokeSecretKey } from "@/lib/keys/revoke-secret-key";
import { keyParams } from "@/lib/keys/schemas";

export const DELETE = route({ auth: "user", access: "admin", params: keyParams }, async ({ principal, params }) => {
  return { key: await revokeSecretKey({ ...params, actor: auditActorOf(principal) }) };
});
