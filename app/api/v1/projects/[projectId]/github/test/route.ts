// POST /api/v1/projects/:projectId/github/test — re-check the stored connection: reachable, write access (admin).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { projectParams } from "@/lib/github/schemas";
import { testGithubConnection } from "@/lib/github/test-github-connection";
import { route } from "@/lib/http";

export const POST = route({ auth: "principal", params: projectParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "manage");
  return testGithubConnection(params);
});
