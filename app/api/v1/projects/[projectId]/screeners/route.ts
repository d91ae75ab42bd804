// GET|POST /api/v1/projects/:projectId/screeners — list screeners with funnel counters (viewer); create a draft, optionally with questions (member).
import { created, route } from "@/lib/http";
import { createScreener } from "@/lib/screeners/create-screener";
import { listScreeners } from "@/lib/screeners/list-screeners";
import { createScreenerSchema, screenersParams } from "@/lib/screeners/schemas";

export const GET = route({ auth: "principal", access: "view", params: screenersParams }, async ({ params }) => {
  return { screeners: await listScreeners({ projectId: params.projectId }) };
});

export const POST = route(
  { auth: "principal", access: "work", params: screenersParams, body: createScreenerSchema },
  async ({ params, body }) => {
    return created({ screener: await createScreener({ projectId: params.projectId, data: body }) });
  },
);
