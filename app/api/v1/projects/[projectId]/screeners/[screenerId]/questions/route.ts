// POST /api/v1/projects/:projectId/screeners/:screenerId/questions — append a question with its rules (member).
import { created, route } from "@/lib/http";
import { addScreenerQuestion } from "@/lib/screeners/add-screener-question";
import { createQuestionSchema, screenerParams } from "@/lib/screeners/schemas";

export const POST = route(
  { auth: "principal", access: "work", params: screenerParams, body: createQuestionSchema },
  async ({ params, body }) => {
    return created(await addScreenerQuestion({ ...params, data: body }));
  },
);
