// POST /api/v1/projects/:projectId/tasks/:taskId/measure — "measure now": impact of the latest merge (member); 201.
import { created, route } from "@/lib/http";
import { measureImpact } from "@/lib/impact/measure-impact";
import { measurementView } from "@/lib/impact/measurement-view";
import { emptyBody, taskParams } from "@/lib/implementations/schemas";

export const POST = route({ auth: "principal", access: "work", params: taskParams, body: emptyBody }, async ({ params }) => {
  return created({ measurement: measurementView(await measureImpact(params)) });
});
