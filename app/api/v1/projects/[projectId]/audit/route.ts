// GET /api/v1/projects/:projectId/audit — the project's append-only audit log, newest first, cursor-paginated (admin).
// There is deliberately no POST/PATCH/DELETE: only the use-cases write it, and the database refuses changes.
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listAuditQuery } from "@/lib/audit/schemas";
import { route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route(
  { auth: "principal", access: "admin", params: projectParams, query: listAuditQuery },
  async ({ params, query }) => {
    return listAuditEvents({ projectId: params.projectId, query });
  },
);
