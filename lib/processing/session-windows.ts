// The timeline of a session cut into windows that fit the model's context. Rebuilt from the
// database by each step (it is deterministic once the session has ended and transcripts are
// stored), so steps pass only small values between them.
import { extractWindowSignals } from "./extract-window-signals";
import { loadSessionTimeline } from "./load-session-timeline";
import type { ValidatedExtraction } from "./signal-output";
import { splitIntoWindows } from "./timeline";

/** ~12k tokens of timeline per call leaves ample room for instructions and output. */
export const WINDOW_CHARS = 48_000;

export async function countSessionWindows(input: { sessionId: string }): Promise<{ windowCount: number; entries: number }> {
  const timeline = await loadSessionTimeline(input.sessionId);
  return { windowCount: splitIntoWindows(timeline, WINDOW_CHARS).length, entries: timeline.length };
}

export async function extractSessionWindow(input: { projectId: string; sessionId: string; runId: string; windowIndex: number }): Promise<ValidatedExtraction> {
  const windows = splitIntoWindows(await loadSessionTimeline(input.sessionId), WINDOW_CHARS);
  const window = windows[input.windowIndex];
  if (!window) return { signals: [], dropped: { ungrounded: 0, invalid: 0, examples: [] } };
  return extractWindowSignals({ ...input, window, windowCount: windows.length });
}

export async function summarizeSessionTimeline(input: { projectId: string; sessionId: string; runId: string }) {
  const { summarizeSession } = await import("./summarize-session");
  return summarizeSession({ ...input, timeline: await loadSessionTimeline(input.sessionId) });
}
