// Turns a session's detail into the replay's plain data: transcript lines (chat and spoken), the
// first page of events (the rest is loaded on demand), event ticks, signals with their tasks,
// recorded segments with URLs, and the clock's length.
import type { EventDensity } from "@/lib/sessions/get-event-density";
import type { getSessionDetail } from "@/lib/sessions/get-session-detail";
import type { EventView } from "@/lib/sessions/list-session-events";
import { mediaBasePath, placeSegments } from "@/lib/sessions/media-segments";
import type { EventTicks, ReplayData, TranscriptLine } from "./replay/types";

type Detail = Awaited<ReturnType<typeof getSessionDetail>>;

export function buildReplayData(
  session: Detail,
  events: { first: EventView[]; nextCursor: string | null; density: EventDensity },
  initialMs: number,
): ReplayData {
  // spans whose files the retention policy deleted are not played (their transcript lines stay)
  const removed = session.chunks.filter((c) => c.mediaRemovedAt);
  const removedSpans = new Set(removed.map((c) => `${c.kind}:${c.spanStartIndex ?? c.chunkIndex}`));
  const recordingRemovedAt = removed.reduce<Date | null>((at, c) => (at && at > c.mediaRemovedAt! ? at : c.mediaRemovedAt), null);
  const placed = (kind: "audio" | "screen") => placeSegments(session.chunks.filter((c) => c.kind === kind));
  const segmentsOf = (kind: "audio" | "screen") => {
    const base = mediaBasePath(session.projectId, session.id, kind);
    return placed(kind)
      .filter((s) => !removedSpans.has(`${kind}:${s.index}`))
      .map((s) => ({
        index: s.index,
        startMs: s.startMs,
        durationMs: s.durationMs,
        mimeType: s.mimeType,
        url: `${base}/${s.index}`,
      }));
  };
  const audio = segmentsOf("audio");
  const screen = segmentsOf("screen");
  const spokenAt = placed("audio");

  const lines: TranscriptLine[] = [
    ...session.messages
      .filter((m) => m.content.trim())
      .map((m) => ({ id: m.id, offsetMs: m.offsetMs, speaker: m.role, kind: "message" as const, text: m.content.trim() })),
    ...session.chunks
      .filter((c) => c.kind === "audio" && c.transcriptText?.trim())
      .map((c) => ({
        id: c.id,
        offsetMs: spokenAt.find((a) => a.index === c.chunkIndex)?.startMs ?? 0,
        speaker: "participant" as const,
        kind: "speech" as const,
        text: c.transcriptText!.trim(),
      })),
  ].sort((a, b) => a.offsetMs - b.offsetMs);

  const signals = session.signals.map((s) => ({
    id: s.id,
    offsetMs: s.offsetMs,
    type: s.type,
    quote: s.quote,
    language: s.language,
    translation: s.translation,
    context: s.context,
    intensity: s.intensity,
    confidence: s.confidence,
    tasks: s.tasks.map((t) => t.task),
  }));

  const ends = [
    session.durationMs ?? 0,
    ...[...spokenAt, ...placed("screen")].map((s) => s.startMs + s.durationMs),
    (lines.at(-1)?.offsetMs ?? 0) + 5_000,
    (events.density.lastMs ?? 0) + 1_000,
    ...signals.map((s) => (s.offsetMs ?? 0) + 1_000),
  ];
  const totalMs = Math.max(1_000, ...ends);
  const eventTicks: EventTicks = { light: [], dense: [], error: [] };
  for (const b of events.density.buckets) {
    const at = Math.min(1000, Math.round((b.offsetMs / totalMs) * 1000));
    (b.error ? eventTicks.error : b.count > 5 ? eventTicks.dense : eventTicks.light).push(at);
  }
  return {
    totalMs,
    audio,
    screen,
    lines,
    events: {
      first: events.first,
      nextCursor: events.nextCursor,
      total: events.density.total,
      url: `/api/v1/projects/${encodeURIComponent(session.projectId)}/sessions/${encodeURIComponent(session.id)}/events`,
    },
    eventTicks,
    signals,
    initialMs: Math.min(Math.max(0, initialMs), totalMs),
    recordingRemovedAt: recordingRemovedAt?.toISOString() ?? null,
  };
}
