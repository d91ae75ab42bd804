import { db } from "@/lib/db";
import { redactText } from "@/lib/privacy/redact-pii";
import { buildTimeline, type TimelineEntry } from "./timeline";

/**
 * Loads a session's messages, transcripts and behaviour events (three queries) as one timeline,
 * with personal data redacted (ADR 015): this timeline is what the models read and what quotes are
 * grounded against, so stored quotes carry "[email]" rather than the address. Each entry keeps its
 * offsetMs, so redaction never moves a quote on the session's timeline.
 */
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
  const timeline = buildTimeline({
    messages,
    transcripts: chunks.map((c) => ({ text: c.transcriptText, startOffsetMs: c.startOffsetMs, chunkIndex: c.chunkIndex })),
    events,
  });
  return timeline.map((entry) => ({ ...entry, text: redactText(entry.text) }));
}
