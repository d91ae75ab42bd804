// GET /api/v1/projects/:projectId/signals — evidence, newest first; filters type, sessionId, taskId, minIntensity, minConfidence, q, from, to (viewer).
import { route } from "@/lib/http";
import { projectParams } from "@/lib/projects/schemas";
import { listSignals } from "@/lib/signals/list-signals";
import { listSignalsQuery } from "@/lib/signals/schemas";

export const GET = route(
  { auth: "principal", access: "view", params: projectParams, query: listSignalsQuery },
  async ({ params, query }) => {
    return listSignals({ projectId: params.projectId, query });
  },
);
