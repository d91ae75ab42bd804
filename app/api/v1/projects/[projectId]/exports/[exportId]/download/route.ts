// GET /api/v1/projects/:projectId/exports/:exportId/download — the file, streamed (participant: JSON, project: zip) as an attachment; 409 not_ready until built, 404 once expired (admin).
import { route } from "@/lib/http";
import { downloadExport } from "@/lib/privacy/export/download-export";
import { exportParams } from "@/lib/privacy/export/schemas";

export const GET = route({ auth: "principal", access: "admin", params: exportParams }, async ({ params }) => {
  return downloadExport(params);
});
