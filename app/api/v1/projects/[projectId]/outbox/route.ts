// GET /api/v1/projects/:projectId/outbox — the project's undelivered outbox events and the job engine's state (admin).
import { route } from "@/lib/http";
import { getEngineStatus } from "@/lib/outbox/engine-status";
import { listUndeliveredEvents } from "@/lib/outbox/list-undelivered-events";
import { projectParams } from "@/lib/projects/schemas";

export const GET = route({ auth: "principal", access: "admin", params: projectParams }, async ({ params }) => {
  const [events, engine] = await Promise.all([listUndeliveredEvents(params), getEngineStatus(params)]);
  return { engine, events };
});
