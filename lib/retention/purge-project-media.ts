// A deleted project's media files: everything under projects/<id>/ in media storage. Run after the
// project's rows are gone (inngest/functions/purge-project-media.ts); idempotent.
import { mediaStorage } from "@/lib/storage";

export async function purgeProjectMedia(input: { projectId: string }): Promise<{ deleted: number }> {
  return mediaStorage().deletePrefix(`projects/${input.projectId}/`);
}
