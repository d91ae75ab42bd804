// POST /api/v1/projects/:projectId/screeners/:screenerId/status — activate, pause, resume or close, { status } (member); invalid transitions are 409.
import { route } from "@/lib/http";
import { changeScreenerStatus } from "@/lib/screeners/change-screener-status";
import { changeStatusSchema, screenerParams } from "@/lib/screeners/schemas";

export const POST = route(
  { auth: "principal", access: "work", params: screenerParams, body: changeStatusSchema },
  async ({ params, body }) => {
    return { screener: await changeScreenerStatus({ ...params, status: body.status }) };
  },
);
