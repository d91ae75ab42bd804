// GET /api/v1/projects/:projectId/signals — evidence, newest first; filters type, sessionId, taskId, minIntensity, minConfidence, q, from, to (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";
import { listSignals } from "@/lib/signals/list-signals";
import { listSignalsQuery } from "@/lib/signals/schemas";

export const GET = route({ auth: "principal", params: projectParams, query: listSignalsQuery }, async ({ principal, params, query }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return listSignals({ projectId: params.projectId, query });
});
