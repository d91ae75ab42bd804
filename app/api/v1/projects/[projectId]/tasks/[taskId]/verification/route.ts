// GET /api/v1/projects/:projectId/tasks/:taskId/verification — "Did it work?": merged PR, impact,
// follow-up invitations, verdicts per acceptance criterion and the overall verdict (viewer; ADR 017).
import { route } from "@/lib/http";
import { getTaskVerification } from "@/lib/follow-up/get-task-verification";
import { taskParams } from "@/lib/implementations/schemas";

export const GET = route({ auth: "principal", access: "view", params: taskParams }, async ({ params }) => {
  return { verification: await getTaskVerification(params) };
});
