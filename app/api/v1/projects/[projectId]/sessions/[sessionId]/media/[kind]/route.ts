// GET /api/v1/projects/:projectId/sessions/:sessionId/media/:kind — the recording (audio|screen) as segments on the session's clock, each with its URL (viewer).
import { route } from "@/lib/http";
import { listMediaSegments } from "@/lib/sessions/list-media-segments";
import { mediaKindParams } from "@/lib/sessions/schemas";

export const GET = route({ auth: "principal", access: "view", params: mediaKindParams }, async ({ params }) => {
  return listMediaSegments(params);
});
