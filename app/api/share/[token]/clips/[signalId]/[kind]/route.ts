// GET /api/share/:token/clips/:signalId/:kind — the recording (audio|screen) around a quote a share link shows, without an account (the token is the credential); honours Range (206/416).
import { route } from "@/lib/http";
import { getSharedClip } from "@/lib/sharing/get-shared-clip";
import { sharedClipParams } from "@/lib/sharing/schemas";

export const GET = route({ auth: "public", params: sharedClipParams }, async ({ req, params }) => {
  return getSharedClip({ ...params, rangeHeader: req.headers.get("range") });
});
