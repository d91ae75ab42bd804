// GET /api/v1/projects/:projectId/sessions/:sessionId/media/:kind/:index — one recorded segment's bytes; honours Range (206) so players can seek (viewer).
import { route } from "@/lib/http";
import { getMediaSegment } from "@/lib/sessions/get-media-segment";
import { mediaSegmentParams } from "@/lib/sessions/schemas";

export const GET = route({ auth: "principal", access: "view", params: mediaSegmentParams }, async ({ req, params }) => {
  return getMediaSegment({ ...params, rangeHeader: req.headers.get("range") });
});
