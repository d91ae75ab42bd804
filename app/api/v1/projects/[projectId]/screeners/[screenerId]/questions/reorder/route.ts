// POST /api/v1/projects/:projectId/screeners/:screenerId/questions/reorder — put the questions in the given order, { questionIds } (member).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { reorderScreenerQuestions } from "@/lib/screeners/reorder-screener-questions";
import { reorderQuestionsSchema, screenerParams } from "@/lib/screeners/schemas";

export const POST = route({ auth: "principal", params: screenerParams, body: reorderQuestionsSchema }, async ({ principal, params, body }) => {
  await requireProjectAccess(principal, params.projectId, "work");
  return { screener: await reorderScreenerQuestions({ ...params, questionIds: body.questionIds }) };
});
