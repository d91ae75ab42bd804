// PATCH|DELETE /api/v1/projects/:projectId/screeners/:screenerId/questions/:questionId — change a question or its rules; remove it (member).
import { route } from "@/lib/http";
import { deleteScreenerQuestion } from "@/lib/screeners/delete-screener-question";
import { questionParams, updateQuestionSchema } from "@/lib/screeners/schemas";
import { updateScreenerQuestion } from "@/lib/screeners/update-screener-question";

export const PATCH = route(
  { auth: "principal", access: "work", params: questionParams, body: updateQuestionSchema },
  async ({ params, body }) => {
    return updateScreenerQuestion({ ...params, data: body });
  },
);

export const DELETE = route({ auth: "principal", access: "work", params: questionParams }, async ({ params }) => {
  return { screener: await deleteScreenerQuestion(params) };
});
