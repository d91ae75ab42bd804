import { db } from "@/lib/db";
import { type MediaSegment, placeSegments } from "@/lib/sessions/media-segments";

export type SessionSegments = { audio: MediaSegment[]; screen: MediaSegment[] };

/**
 * The playable segments of some sessions' recordings, in one query. Chunks whose file retention
 * removed are left out, so a clip is never offered for media that is gone.
 */
export async function clipSegments(sessionIds: readonly string[], kind?: "audio" | "screen"): Promise<Map<string, SessionSegments>> {
  const chunks = await db.mediaChunk.findMany({
    where: { sessionId: { in: [...sessionIds] }, mediaRemovedAt: null, ...(kind ? { kind } : {}) },
    select: {
      sessionId: true,
      kind: true,
      chunkIndex: true,
      mimeType: true,
      sizeBytes: true,
      startOffsetMs: true,
      durationMs: true,
      spanStartIndex: true,
    },
  });
  const out = new Map<string, SessionSegments>();
  for (const id of sessionIds) {
    const mine = chunks.filter((c) => c.sessionId === id);
    out.set(id, {
      audio: placeSegments(mine.filter((c) => c.kind === "audio")),
      screen: placeSegments(mine.filter((c) => c.kind === "screen")),
    });
  }
  return out;
}
