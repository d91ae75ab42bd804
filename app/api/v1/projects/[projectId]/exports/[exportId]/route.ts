// GET /api/v1/projects/:projectId/exports/:exportId — one export: status, progress, counts, size, download link while it lasts (admin).
import { route } from "@/lib/http";
import { getExport } from "@/lib/privacy/export/list-exports";
import { exportParams } from "@/lib/privacy/export/schemas";

export const GET = route({ auth: "principal", access: "admin", params: exportParams }, async ({ params }) => {
  return { export: await getExport(params) };
});
