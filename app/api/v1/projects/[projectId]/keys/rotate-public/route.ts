// POST /api/v1/projects/:projectId/keys/rotate-public — replace the public key; the old one stops working (admin).
import { created, route } from "@/lib/http";
import { rotatePublicKey } from "@/lib/keys/rotate-public-key";
import { projectParams } from "@/lib/projects/schemas";

export const POST = route({ auth: "user", access: "admin", params: projectParams }, async ({ principal, params }) => {
  return created({ publicKey: await rotatePublicKey({ projectId: params.projectId, userId: principal.userId }) });
});
