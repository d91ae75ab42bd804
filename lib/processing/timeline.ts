// One ordered account of a session: chat messages, what the participant said aloud (transcribed
// audio chunks) and what they did (behaviour events). System activity (processing markers) is
// never part of it. Pure: the caller loads the rows.
export type Speaker = "participant" | "interviewer" | "system";

export interface TimelineEntry {
  offsetMs: number;
  kind: "message" | "speech" | "action";
  speaker: Speaker;
  text: string;
}

export interface TimelineInput {
  messages: { role: Speaker; content: string; offsetMs: number }[];
  transcripts: { text: string | null; startOffsetMs: number | null; chunkIndex: number }[];
  events: { type: string; offsetMs: number; url: string | null; data: unknown }[];
}

/** Seconds of audio per chunk assumed when a chunk has no start offset (the SDK's segment length). */
const DEFAULT_CHUNK_MS = 5_000;

function describeEvent(e: TimelineInput["events"][number]): string | null {
  const data = (e.data && typeof e.data === "object" ? e.data : {}) as Record<string, unknown>;
  const target = typeof data.selector === "string" ? data.selector : typeof data.text === "string" ? `"${data.text}"` : "an element";
  switch (e.type) {
    case "click":
      return `clicked ${target}${e.url ? ` on ${e.url}` : ""}`;
    case "navigation":
      return `opened ${e.url ?? data.to ?? "a page"}`;
    case "input_change":
      return `edited ${target}`;
    case "error":
      return `saw an error: ${String(data.message ?? "unknown error").slice(0, 200)}`;
    case "marker":
      return `marker ${String(data.name ?? "")}`.trim();
    case "custom":
      return `event ${String(data.name ?? "custom")}`;
    default:
      return null; // scrolls are too noisy to help analysis
  }
}

export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const m of input.messages) {
    if (m.content.trim()) entries.push({ offsetMs: m.offsetMs, kind: "message", speaker: m.role, text: m.content.trim() });
  }
  for (const t of input.transcripts) {
    if (t.text?.trim()) {
      entries.push({
        offsetMs: t.startOffsetMs ?? t.chunkIndex * DEFAULT_CHUNK_MS,
        kind: "speech",
        speaker: "participant",
        text: t.text.trim(),
      });
    }
  }
  for (const e of input.events) {
    const text = describeEvent(e);
    if (text) entries.push({ offsetMs: e.offsetMs, kind: "action", speaker: "participant", text });
  }
  // stable: equal offsets keep messages before speech before actions
  const rank = { message: 0, speech: 1, action: 2 } as const;
  return entries.sort((a, b) => a.offsetMs - b.offsetMs || rank[a.kind] - rank[b.kind]);
}

export function formatOffset(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** The text the model reads: one line per entry with its time and who spoke or acted. */
export function renderTimeline(entries: TimelineEntry[]): string {
  const label = (e: TimelineEntry) =>
    e.kind === "action"
      ? "Participant (action)"
      : e.kind === "speech"
        ? "Participant (spoken)"
        : e.speaker === "participant"
          ? "Participant"
          : e.speaker === "interviewer"
            ? "Interviewer"
            : "System";
  return entries.map((e) => `[${formatOffset(e.offsetMs)}] ${label(e)}: ${e.text}`).join("\n");
}

/**
 * Splits the timeline into windows of at most `maxChars` rendered characters, so a long session
 * fits the model's context. Entries are never split; an entry longer than the budget is its own window.
 */
export function splitIntoWindows(entries: TimelineEntry[], maxChars: number): TimelineEntry[][] {
  const windows: TimelineEntry[][] = [];
  let current: TimelineEntry[] = [];
  let size = 0;
  for (const e of entries) {
    const len = e.text.length + 32;
    if (current.length && size + len > maxChars) {
      windows.push(current);
      current = [];
      size = 0;
    }
    current.push(e);
    size += len;
  }
  if (current.length) windows.push(current);
  return windows;
}
