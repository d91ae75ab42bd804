// POST /api/v1/projects/:projectId/outbox/retry — deliver the project's undelivered events now (all, or `ids`); admin.
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { retryUndeliveredEvents } from "@/lib/outbox/retry-undelivered-events";
import { projectParams, retryOutboxSchema } from "@/lib/outbox/schemas";

export const POST = route({ auth: "principal", params: projectParams, body: retryOutboxSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return retryUndeliveredEvents({ projectId: params.projectId, ids: body.ids });
});
