// GET /api/v1/media-links/:token — one recording segment named by a signed link from a participant export, for 24 hours, without an account (the token is the credential: lib/privacy/export/media-link.ts); honours Range like the dashboard's media route.
import { route } from "@/lib/http";
import { verifyMediaLink } from "@/lib/privacy/export/media-link";
import { mediaLinkParams } from "@/lib/privacy/export/schemas";
import { getMediaSegment } from "@/lib/sessions/get-media-segment";

export const GET = route({ auth: "public", params: mediaLinkParams }, async ({ req, params }) => {
  const target = verifyMediaLink(params.token);
  return getMediaSegment({ ...target, rangeHeader: req.headers.get("range") });
});
