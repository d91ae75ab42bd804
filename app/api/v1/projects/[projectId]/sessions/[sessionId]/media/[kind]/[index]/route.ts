// GET /api/v1/projects/:projectId/sessions/:sessionId/media/:kind/:index — one recorded segment's bytes; honours Range (206) so players can seek (viewer).
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { route } from "@/lib/http";
import { getMediaSegment } from "@/lib/sessions/get-media-segment";
import { mediaSegmentParams } from "@/lib/sessions/schemas";

export const GET = route({ auth: "principal", params: mediaSegmentParams }, async ({ req, principal, params }) => {
  await requireProjectAccess(principal, params.projectId, "read");
  return getMediaSegment({ ...params, rangeHeader: req.headers.get("range") });
});
