// POST /api/v1/projects/:projectId/screeners/:screenerId/status — activate, pause, resume or close, { status } (member); invalid transitions are 409.
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { changeScreenerStatus } from "@/lib/screeners/change-screener-status";
import { changeStatusSchema, screenerParams } from "@/lib/screeners/schemas";

export const POST = route({ auth: "principal", params: screenerParams, body: changeStatusSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return { screener: await changeScreenerStatus({ ...params, status: body.status }) };
});
