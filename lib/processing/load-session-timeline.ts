import { db } from "@/lib/db";
import { buildTimeline, type TimelineEntry } from "./timeline";

/** Loads a session's messages, transcripts and behaviour events (three queries) as one timeline. */
export async function loadSessionTimeline(sessionId: string): Promise<TimelineEntry[]> {
  const [messages, chunks, events] = await Promise.all([
    db.sessionMessage.findMany({
      where: { sessionId },
      select: { role: true, content: true, offsetMs: true },
      orderBy: { offsetMs: "asc" },
    }),
    db.mediaChunk.findMany({
      where: { sessionId, kind: "audio", transcriptStatus: "done" },
      select: { transcriptText: true, startOffsetMs: true, chunkIndex: true },
      orderBy: { chunkIndex: "asc" },
    }),
    db.sessionEvent.findMany({
      where: { sessionId },
      select: { type: true, offsetMs: true, url: true, data: true },
      orderBy: { offsetMs: "asc" },
    }),
  ]);
  return buildTimeline({
    messages,
    transcripts: chunks.map((c) => ({ text: c.transcriptText, startOffsetMs: c.startOffsetMs, chunkIndex: c.chunkIndex })),
    events,
  });
}
