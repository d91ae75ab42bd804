// GET /api/v1/projects/:projectId/implementations/:implementationId — one attempt with its spec, PR and measurements (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { getImplementation } from "@/lib/implementations/list-implementations";
import { implementationParams } from "@/lib/implementations/schemas";

export const GET = route({ auth: "principal", params: implementationParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return { implementation: await getImplementation(params) };
});
