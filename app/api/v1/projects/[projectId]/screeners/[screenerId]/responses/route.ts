// GET /api/v1/projects/:projectId/screeners/:screenerId/responses — responses newest first, ?limit&cursor&qualified, with reason and session (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { listScreenerResponses } from "@/lib/screeners/list-screener-responses";
import { listResponsesQuery, screenerParams } from "@/lib/screeners/schemas";

export const GET = route({ auth: "principal", params: screenerParams, query: listResponsesQuery }, async ({ principal, params, query }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return listScreenerResponses({ ...params, query });
});
