// The seed standing in for the job engine: the steps of inngest/functions/process-session.ts, called
// in the same order through the same use-cases and recorded the same way, with the demo's data in
// place of the models' answers. The extraction "answer" still goes through the pipeline's validation
// and quote grounding (validateExtraction), and a failure is recorded by failProcessingRun with the
// reason failureReason gives for the error the pipeline raised — so the demo's processing history,
// signals, tasks and failures are ones the product produces.
import type { PrismaClient } from "@/generated/prisma/client";
import { processSessionPolicy } from "@/inngest/functions/process-session";
import { failureReason } from "@/inngest/step-policy";
import { anthropicModel } from "@/lib/ai/anthropic";
import { recordUsage } from "@/lib/ai/record-usage";
import { extractionStepOutput } from "@/lib/processing/extraction-step-output";
import { failProcessingRun } from "@/lib/processing/fail-processing-run";
import { finishProcessingRun } from "@/lib/processing/finish-processing-run";
import { createGrounder } from "@/lib/processing/ground-quote";
import { loadExtractedSignals } from "@/lib/processing/analyse-session";
import { loadSessionTimeline } from "@/lib/processing/load-session-timeline";
import { runRecordedStep } from "@/lib/processing/run-step";
import { saveSessionSignals } from "@/lib/processing/save-session-signals";
import { countSessionWindows, WINDOW_CHARS } from "@/lib/processing/session-windows";
import { validateExtraction } from "@/lib/processing/signal-output";
import { startProcessingRun } from "@/lib/processing/start-processing-run";
import { renderTimeline, splitIntoWindows, type TimelineEntry } from "@/lib/processing/timeline";
import { planTranscription } from "@/lib/processing/transcribe-spans";
import { assignSignalsToTasks } from "@/lib/tasks/assign-signals-to-tasks";
import { recomputeTaskPriorities } from "@/lib/tasks/recompute-task-priorities";
import { DEMO_TASKS } from "./tasks";
import type { DemoInterview, TaskKey } from "./types";

/** attempts of a step before its failure is final: process-session's retries, plus the first */
const ATTEMPTS = processSessionPolicy.retries + 1;

/** What the extraction model answers for one window: the demo signals said in it, or the unusable answer. */
function extractionAnswer(interview: DemoInterview, window: TimelineEntry[]): { answer: unknown; tasks: TaskKey[] } {
  if (interview.unusableExtraction !== undefined) return { answer: interview.unusableExtraction, tasks: [] };
  const ground = createGrounder(window);
  const signals = interview.turns.flatMap((t) => t.signals ?? []).filter((s) => ground(s.quote));
  return {
    answer: { signals: signals.map(({ task, ...s }) => ({ ...s, topic: DEMO_TASKS[task].topic })) },
    tasks: signals.map((s) => s.task),
  };
}

export async function processLikeTheEngine(input: {
  prisma: PrismaClient;
  projectId: string;
  sessionId: string;
  eventId: string;
  interview: DemoInterview;
  /** when the evidence counts as found: the signals' date, and the `now` of the priorities */
  evidenceAt: Date;
}): Promise<{ signalTasks: Map<string, TaskKey> }> {
  const { prisma, projectId, sessionId, interview } = input;
  const model = anthropicModel();
  const run = await startProcessingRun({ sessionId, trigger: "completed", eventId: input.eventId, attempt: 0 });
  const recorded = <T>(name: string, fn: () => Promise<T>) => runRecordedStep(run.runId, name, fn);

  const batches = await recorded("plan-transcription", () => planTranscription({ sessionId }));
  if (batches.length) throw new Error("The demo's audio needs no transcription; its chunks should not be waiting for Whisper");
  await recorded("build-timeline", () => countSessionWindows({ sessionId }));

  // the analysis step: the summary and every extraction window (analyse-session.ts)
  const timeline = await loadSessionTimeline(sessionId);
  await runRecordedStep(run.runId, "summarize", async () => {
    await recordUsage({
      projectId,
      sessionId,
      runId: run.runId,
      step: "summarize",
      purpose: "summary",
      provider: "anthropic",
      model,
      inputTokens: 900 + Math.ceil(renderTimeline(timeline).length / 4),
      outputTokens: Math.ceil(interview.summary.length / 4),
    });
    await prisma.session.update({ where: { id: sessionId }, data: { summary: interview.summary } });
    return { length: interview.summary.length };
  });
  const windows = splitIntoWindows(timeline, WINDOW_CHARS);
  // the demo task of each kept signal, in the order save-signals stores them
  const keptTasks: TaskKey[] = [];
  for (const [windowIndex, window] of windows.entries()) {
    const step = `extract-${windowIndex}`;
    const { answer, tasks } = extractionAnswer(interview, window);
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await runRecordedStep(
          run.runId,
          step,
          async () => {
            const signalCount = Array.isArray((answer as { signals?: unknown }).signals)
              ? (answer as { signals: unknown[] }).signals.length
              : 1;
            await recordUsage({
              projectId,
              sessionId,
              runId: run.runId,
              step,
              purpose: "extract",
              provider: "anthropic",
              model,
              inputTokens: 2_400 + Math.ceil(renderTimeline(window).length / 4),
              outputTokens: 90 + 160 * signalCount,
            });
            return validateExtraction(answer, window);
          },
          extractionStepOutput,
        );
        await prisma.extractionWindow.create({ data: { runId: run.runId, windowIndex, signals: result.signals } });
        if (result.signals.length !== tasks.length)
          throw new Error(
            `Demo interview ${interview.key}: ${tasks.length - result.signals.length} of its quotes are not the participant's words`,
          );
        keptTasks.push(...tasks);
        break;
      } catch (e) {
        if (attempt + 1 < ATTEMPTS) continue;
        // process-session's last attempt: the session shows failed, with the reason a person can read
        await failProcessingRun({ sessionId, reason: failureReason(e) });
        return { signalTasks: new Map() };
      }
    }
  }
  const expected = interview.turns.reduce((n, t) => n + (t.signals?.length ?? 0), 0);
  if (keptTasks.length !== expected)
    throw new Error(`Demo interview ${interview.key}: ${expected - keptTasks.length} of its quotes were found in no window`);

  const signalIds = await recorded("save-signals", async () =>
    saveSessionSignals({ sessionId, runId: run.runId, signals: await loadExtractedSignals(run.runId) }),
  );
  // the evidence is dated in the story, before the priorities that weigh its recency are computed
  await prisma.signal.updateMany({ where: { sessionId }, data: { createdAt: input.evidenceAt } });
  const taskIds = await recorded("match-tasks", () => assignSignalsToTasks({ projectId, signalIds }));
  await recorded("recompute-priorities", () => recomputeTaskPriorities({ taskIds, now: input.evidenceAt }));
  await recorded("finish", () => finishProcessingRun({ runId: run.runId }));
  return { signalTasks: new Map(signalIds.map((id, i) => [id, keptTasks[i]])) };
}
