// GET /api/v1/projects/:projectId/screeners/:screenerId/responses — responses newest first, ?limit&cursor&qualified, with reason and session (viewer).
import { route } from "@/lib/http";
import { listScreenerResponses } from "@/lib/screeners/list-screener-responses";
import { listResponsesQuery, screenerParams } from "@/lib/screeners/schemas";

export const GET = route(
  { auth: "principal", access: "view", params: screenerParams, query: listResponsesQuery },
  async ({ params, query }) => {
    return listScreenerResponses({ ...params, query });
  },
);
