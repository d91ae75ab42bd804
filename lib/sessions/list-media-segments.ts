import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { mediaBasePath, type MediaSegment, placeSegments } from "./media-segments";
import type { MediaKind } from "./get-media-segment";

/** A session's recording of one kind as segments (audio spans, or self-contained chunks) on the session's clock, each with its URL. */
export async function listMediaSegments(input: {
  projectId: string;
  sessionId: string;
  kind: MediaKind;
}): Promise<{ kind: MediaKind; segments: (MediaSegment & { url: string })[] }> {
  const session = await db.session.findFirst({
    where: { id: input.sessionId, projectId: input.projectId },
    select: {
      id: true,
      chunks: {
        where: { kind: input.kind },
        select: { chunkIndex: true, mimeType: true, sizeBytes: true, startOffsetMs: true, durationMs: true, spanStartIndex: true },
      },
    },
  });
  if (!session) throw notFound("Session");
  const base = mediaBasePath(input.projectId, input.sessionId, input.kind);
  return { kind: input.kind, segments: placeSegments(session.chunks).map((s) => ({ ...s, url: `${base}/${s.index}` })) };
}
