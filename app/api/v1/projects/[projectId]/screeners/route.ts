// GET|POST /api/v1/projects/:projectId/screeners — list screeners with funnel counters (viewer); create a draft, optionally with questions (member).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { created, route } from "@/lib/http";
import { createScreener } from "@/lib/screeners/create-screener";
import { listScreeners } from "@/lib/screeners/list-screeners";
import { createScreenerSchema, screenersParams } from "@/lib/screeners/schemas";

export const GET = route({ auth: "principal", params: screenersParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return { screeners: await listScreeners({ projectId: params.projectId }) };
});

export const POST = route({ auth: "principal", params: screenersParams, body: createScreenerSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return created({ screener: await createScreener({ projectId: params.projectId, data: body }) });
});
