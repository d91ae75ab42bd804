// GET|PATCH|DELETE /api/v1/projects/:projectId/screeners/:screenerId — a screener with its questions and rules (viewer); change its fields (member); delete it with its responses (member).
import { noContent, route } from "@/lib/http";
import { deleteScreener } from "@/lib/screeners/delete-screener";
import { getScreenerOrThrow } from "@/lib/screeners/get-screener";
import { screenerParams, updateScreenerSchema } from "@/lib/screeners/schemas";
import { updateScreener } from "@/lib/screeners/update-screener";

export const GET = route({ auth: "principal", access: "view", params: screenerParams }, async ({ params }) => {
  return { screener: await getScreenerOrThrow(params) };
});

export const PATCH = route(
  { auth: "principal", access: "work", params: screenerParams, body: updateScreenerSchema },
  async ({ params, body }) => {
    return { screener: await updateScreener({ ...params, data: body }) };
  },
);

export const DELETE = route({ auth: "principal", access: "work", params: screenerParams }, async ({ params }) => {
  await deleteScreener(params);
  return noContent();
});
