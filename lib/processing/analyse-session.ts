// Steps 4 and 7 of processing in one Inngest step: every extraction window of the timeline and the
// session summary, side by side (a few Claude calls at once), so a long session waits for its
// slowest call rather than for the sum of them (npm run bench:pipeline -- --realistic).
//
// Each window's signals commit on their own (ExtractionWindow rows) and the summary on the session,
// so a retried step redoes only what failed; the signals reach save-signals through the database,
// not through Inngest's step state. Each window and the summary are still recorded as their own
// processing steps (extract-N, summarize) for the session page's history.
//
// Why not one Inngest step per window run with Promise.all: @inngest/test 1.0.0 re-executes parallel
// steps and the steps after them, which would duplicate model calls in every pipeline test.
import { anthropicClient } from "@/lib/ai/anthropic";
import { db } from "@/lib/db";
import { loadAnalysisLanguages } from "./analysis-languages";
import { extractionStepOutput } from "./extraction-step-output";
import { EXTRACTION_NOT_CONFIGURED, extractWindowSignals } from "./extract-window-signals";
import { loadSessionTimeline } from "./load-session-timeline";
import { runRecordedStep } from "./run-step";
import { runWithLimit } from "./run-with-limit";
import { WINDOW_CHARS } from "./session-windows";
import type { ExtractedSignal } from "./signal-output";
import { summarizeSession } from "./summarize-session";
import { splitIntoWindows } from "./timeline";

/** Claude calls in flight at once for one session (windows and the summary). */
export const ANALYSIS_CALLS_IN_PARALLEL = 8;

export async function analyseSession(input: { projectId: string; sessionId: string; runId: string }) {
  // fail fast, before any work, when the model is not configured (as transcription does)
  anthropicClient({ notConfiguredMessage: EXTRACTION_NOT_CONFIGURED });
  const timeline = await loadSessionTimeline(input.sessionId);
  const windows = splitIntoWindows(timeline, WINDOW_CHARS);
  if (windows.length === 0) return { windows: 0, extracted: 0 };
  const [done, summarized] = await Promise.all([
    db.extractionWindow.findMany({ where: { runId: input.runId }, select: { windowIndex: true } }),
    db.processingStep.count({ where: { runId: input.runId, name: "summarize", status: "succeeded" } }),
  ]);
  const doneWindows = new Set(done.map((w) => w.windowIndex));
  const languages = await loadAnalysisLanguages(input.sessionId);

  const jobs: (() => Promise<void>)[] = [];
  windows.forEach((window, windowIndex) => {
    if (doneWindows.has(windowIndex)) return;
    jobs.push(async () => {
      const step = `extract-${windowIndex}`;
      // signals whose quote is not the participant's words are dropped; the step's output counts them
      const result = await runRecordedStep(
        input.runId,
        step,
        () => extractWindowSignals({ ...input, window, windowIndex, windowCount: windows.length, languages }),
        extractionStepOutput,
      );
      await db.extractionWindow.upsert({
        where: { runId_windowIndex: { runId: input.runId, windowIndex } },
        create: { runId: input.runId, windowIndex, signals: result.signals },
        update: { signals: result.signals },
      });
    });
  });
  if (!summarized)
    jobs.push(
      async () => void (await runRecordedStep(input.runId, "summarize", () => summarizeSession({ ...input, timeline, languages }))),
    );
  const { failure } = await runWithLimit(jobs, ANALYSIS_CALLS_IN_PARALLEL);
  if (failure !== undefined) throw failure;
  return { windows: windows.length, extracted: await db.extractionWindow.count({ where: { runId: input.runId } }) };
}

/** Every signal the run's windows extracted, in window order (for save-signals). */
export async function loadExtractedSignals(runId: string): Promise<ExtractedSignal[]> {
  const rows = await db.extractionWindow.findMany({ where: { runId }, orderBy: { windowIndex: "asc" }, select: { signals: true } });
  return rows.flatMap((r) => r.signals as unknown as ExtractedSignal[]);
}
