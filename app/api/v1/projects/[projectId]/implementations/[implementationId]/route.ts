// GET /api/v1/projects/:projectId/implementations/:implementationId — one attempt with its spec, PR and measurements (viewer).
import { route } from "@/lib/http";
import { getImplementation } from "@/lib/implementations/list-implementations";
import { implementationParams } from "@/lib/implementations/schemas";

export const GET = route({ auth: "principal", access: "view", params: implementationParams }, async ({ params }) => {
  return { implementation: await getImplementation(params) };
});
