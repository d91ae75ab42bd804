// GET /api/v1/projects/:projectId/sessions — sessions, newest first; filters status, processingStatus, q, from, to; cursor pagination (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";
import { listSessions } from "@/lib/sessions/list-sessions";
import { listSessionsQuery } from "@/lib/sessions/schemas";

export const GET = route({ auth: "principal", params: projectParams, query: listSessionsQuery }, async ({ principal, params, query }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return listSessions({ projectId: params.projectId, query });
});
