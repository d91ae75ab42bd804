// The timeline of a session cut into windows that fit the model's context. Rebuilt from the
// database by each step that needs it (it is deterministic once the session has ended and
// transcripts are stored), so steps pass only small values between them.
import { loadSessionTimeline } from "./load-session-timeline";
import { splitIntoWindows } from "./timeline";

/** ~12k tokens of timeline per call leaves ample room for instructions and output. */
export const WINDOW_CHARS = 48_000;

export async function countSessionWindows(input: { sessionId: string }): Promise<{ windowCount: number; entries: number }> {
  const timeline = await loadSessionTimeline(input.sessionId);
  return { windowCount: splitIntoWindows(timeline, WINDOW_CHARS).length, entries: timeline.length };
}
