// POST /api/v1/projects/:projectId/outbox/retry — deliver the project's undelivered events now (all, or `ids`); admin.
import { route } from "@/lib/http";
import { retryUndeliveredEvents } from "@/lib/outbox/retry-undelivered-events";
import { retryOutboxSchema } from "@/lib/outbox/schemas";
import { projectParams } from "@/lib/projects/schemas";

export const POST = route(
  { auth: "principal", access: "admin", params: projectParams, body: retryOutboxSchema },
  async ({ params, body }) => {
    return retryUndeliveredEvents({ projectId: params.projectId, ids: body.ids });
  },
);
