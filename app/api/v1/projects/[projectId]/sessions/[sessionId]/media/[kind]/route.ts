// GET /api/v1/projects/:projectId/sessions/:sessionId/media/:kind — the recording (audio|screen) as segments on the session's clock, each with its URL (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { listMediaSegments } from "@/lib/sessions/list-media-segments";
import { mediaKindParams } from "@/lib/sessions/schemas";

export const GET = route({ auth: "principal", params: mediaKindParams }, async ({ principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return listMediaSegments(params);
});
