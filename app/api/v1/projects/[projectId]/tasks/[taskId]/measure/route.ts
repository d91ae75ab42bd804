// POST /api/v1/projects/:projectId/tasks/:taskId/measure — "measure now": impact of the latest merge (member); 201.
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { created, route } from "@/lib/http";
import { measureImpact } from "@/lib/impact/measure-impact";
import { measurementView } from "@/lib/impact/measurement-view";
import { emptyBody, taskParams } from "@/lib/implementations/schemas";

export const POST = route({ auth: "principal", params: taskParams, body: emptyBody }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return created({ measurement: measurementView(await measureImpact(params)) });
});
