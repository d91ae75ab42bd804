// GET /api/v1/projects/:projectId/outbox — the project's undelivered outbox events and the job engine's state (admin).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { getEngineStatus } from "@/lib/outbox/engine-status";
import { listUndeliveredEvents } from "@/lib/outbox/list-undelivered-events";
import { projectParams } from "@/lib/outbox/schemas";

export const GET = route({ auth: "principal", params: projectParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  const [events, engine] = await Promise.all([listUndeliveredEvents(params), getEngineStatus(params)]);
  return { engine, events };
});
