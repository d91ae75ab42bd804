// POST /api/v1/projects/:projectId/screeners/:screenerId/questions/reorder — put the questions in the given order, { questionIds } (member).
import { route } from "@/lib/http";
import { reorderScreenerQuestions } from "@/lib/screeners/reorder-screener-questions";
import { reorderQuestionsSchema, screenerParams } from "@/lib/screeners/schemas";

export const POST = route(
  { auth: "principal", access: "work", params: screenerParams, body: reorderQuestionsSchema },
  async ({ params, body }) => {
    return { screener: await reorderScreenerQuestions({ ...params, questionIds: body.questionIds }) };
  },
);
