// POST /api/v1/projects/:projectId/exports — export one participant's data ({ kind: "participant", email }) or the whole project ({ kind: "project" }); 202, built in the background (admin).
// GET  /api/v1/projects/:projectId/exports — the project's exports, newest first (admin).
import { json, route } from "@/lib/http";
import { listExports } from "@/lib/privacy/export/list-exports";
import { removeExpiredExportFiles } from "@/lib/privacy/export/remove-expired-export";
import { requestExport } from "@/lib/privacy/export/request-export";
import { exportsParams, requestExportSchema } from "@/lib/privacy/export/schemas";

export const POST = route(
  { auth: "principal", access: "admin", params: exportsParams, body: requestExportSchema },
  async ({ params, body, principal }) => {
    return json({ export: await requestExport({ projectId: params.projectId, principal, data: body }) }, 202);
  },
);

export const GET = route({ auth: "principal", access: "admin", params: exportsParams }, async ({ params }) => {
  // files past their date go now rather than at the job's timer (which may be late if the engine was down)
  await removeExpiredExportFiles({ projectId: params.projectId });
  return { exports: await listExports({ projectId: params.projectId }) };
});
