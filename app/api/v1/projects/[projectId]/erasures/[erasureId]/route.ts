// GET /api/v1/projects/:projectId/erasures/:erasureId — one erasure request: progress while it runs, the receipt once done (admin).
import { getErasure } from "@/lib/erasure/get-erasure";
import { erasureParams } from "@/lib/erasure/schemas";
import { route } from "@/lib/http";

export const GET = route({ auth: "principal", access: "admin", params: erasureParams }, async ({ params }) => {
  return { erasure: await getErasure(params) };
});
