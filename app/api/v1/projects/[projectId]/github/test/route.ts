// POST /api/v1/projects/:projectId/github/test — re-check the stored connection: reachable, write access (admin).
import { projectParams } from "@/lib/github/schemas";
import { testGithubConnection } from "@/lib/github/test-github-connection";
import { route } from "@/lib/http";

export const POST = route({ auth: "principal", access: "admin", params: projectParams }, async ({ params }) => {
  return testGithubConnection(params);
});
