// Turns a session's detail into the replay's plain data: transcript lines (chat and spoken), events
// with readable labels, signals with their tasks, recorded segments with URLs, and the clock's length.
import { mediaBasePath, placeSegments } from "@/lib/sessions/media-segments";
import type { getSessionDetail } from "@/lib/sessions/get-session-detail";
import type { ReplayData, ReplayEvent, TranscriptLine } from "./replay/types";

type Detail = Awaited<ReturnType<typeof getSessionDetail>>;

function describeEvent(type: string, url: string | null, data: unknown): string {
  const d = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const target = typeof d.text === "string" && d.text ? `“${d.text}”` : typeof d.selector === "string" ? d.selector : "the page";
  switch (type) {
    case "click":
      return `Clicked ${target}`;
    case "navigation":
      return `Opened ${url ?? (typeof d.to === "string" ? d.to : "a page")}`;
    case "input_change":
      return `Edited ${target}`;
    case "scroll":
      return typeof d.y === "number" ? `Scrolled to ${Math.round(d.y)} px` : "Scrolled";
    case "error":
      return `Error: ${String(d.message ?? "unknown error").slice(0, 160)}`;
    case "marker":
      return `Marker ${String(d.name ?? "")}`.trim();
    default:
      return typeof d.name === "string" ? d.name.replaceAll("_", " ") : "Custom event";
  }
}

export function buildReplayData(session: Detail, initialMs: number): ReplayData {
  const segmentsOf = (kind: "audio" | "screen") => {
    const base = mediaBasePath(session.projectId, session.id, kind);
    return placeSegments(session.chunks.filter((c) => c.kind === kind)).map((s) => ({ index: s.index, startMs: s.startMs, durationMs: s.durationMs, mimeType: s.mimeType, url: `${base}/${s.index}` }));
  };
  const audio = segmentsOf("audio");
  const screen = segmentsOf("screen");

  const lines: TranscriptLine[] = [
    ...session.messages.filter((m) => m.content.trim()).map((m) => ({ id: m.id, offsetMs: m.offsetMs, speaker: m.role, kind: "message" as const, text: m.content.trim() })),
    ...session.chunks
      .filter((c) => c.kind === "audio" && c.transcriptText?.trim())
      .map((c) => ({
        id: c.id,
        offsetMs: audio.find((a) => a.index === c.chunkIndex)?.startMs ?? 0,
        speaker: "participant" as const,
        kind: "speech" as const,
        text: c.transcriptText!.trim(),
      })),
  ].sort((a, b) => a.offsetMs - b.offsetMs);

  const events: ReplayEvent[] = session.events.map((e) => ({ id: e.id, offsetMs: e.offsetMs, type: e.type, label: describeEvent(e.type, e.url, e.data), url: e.url }));
  const signals = session.signals.map((s) => ({
    id: s.id,
    offsetMs: s.offsetMs,
    type: s.type,
    quote: s.quote,
    context: s.context,
    intensity: s.intensity,
    confidence: s.confidence,
    tasks: s.tasks.map((t) => t.task),
  }));

  const ends = [
    session.durationMs ?? 0,
    ...[...audio, ...screen].map((s) => s.startMs + s.durationMs),
    (lines.at(-1)?.offsetMs ?? 0) + 5_000,
    (events.at(-1)?.offsetMs ?? 0) + 1_000,
    ...signals.map((s) => (s.offsetMs ?? 0) + 1_000),
  ];
  const totalMs = Math.max(1_000, ...ends);
  return { totalMs, audio, screen, lines, events, signals, initialMs: Math.min(Math.max(0, initialMs), totalMs) };
}
