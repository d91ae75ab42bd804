// POST /api/v1/projects/:projectId/screeners/:screenerId/questions — append a question with its rules (member).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { created, route } from "@/lib/http";
import { addScreenerQuestion } from "@/lib/screeners/add-screener-question";
import { createQuestionSchema, screenerParams } from "@/lib/screeners/schemas";

export const POST = route({ auth: "principal", params: screenerParams, body: createQuestionSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return created(await addScreenerQuestion({ ...params, data: body }));
});
