// PATCH|DELETE /api/v1/projects/:projectId/screeners/:screenerId/questions/:questionId — change a question or its rules; remove it (member).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { deleteScreenerQuestion } from "@/lib/screeners/delete-screener-question";
import { questionParams, updateQuestionSchema } from "@/lib/screeners/schemas";
import { updateScreenerQuestion } from "@/lib/screeners/update-screener-question";

export const PATCH = route({ auth: "principal", params: questionParams, body: updateQuestionSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return updateScreenerQuestion({ ...params, data: body });
});

export const DELETE = route({ auth: "principal", params: questionParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return { screener: await deleteScreenerQuestion(params) };
});
