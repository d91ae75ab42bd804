// Turns a finished session into evidence: transcripts → timeline → signals and summary → tasks →
// priorities. Each step calls one lib/ use-case and returns small values; every step is recorded for
// the dashboard (lib/processing/run-step.ts). Safe to replay: signals are replaced, not appended.
// Failures follow the one step policy (inngest/step-policy.ts): a step that gives up marks the
// session failed from inside that step; there is no catch here.
import { inngest } from "@/inngest/client";
import { sessionCompleted, sessionReprocessRequested } from "@/inngest/events";
import { stepFailurePolicy } from "@/inngest/step-policy";
import { extractVerdicts } from "@/lib/follow-up/extract-verdicts";
import { analyseSession, loadExtractedSignals } from "@/lib/processing/analyse-session";
import { failProcessingRun } from "@/lib/processing/fail-processing-run";
import { finishProcessingRun } from "@/lib/processing/finish-processing-run";
import { runRecordedStep } from "@/lib/processing/run-step";
import { saveSessionSignals } from "@/lib/processing/save-session-signals";
import { countSessionWindows } from "@/lib/processing/session-windows";
import { startProcessingRun } from "@/lib/processing/start-processing-run";
import { planTranscription, transcribeBatch } from "@/lib/processing/transcribe-spans";
import { assignSignalsToTasks } from "@/lib/tasks/assign-signals-to-tasks";
import { recomputeTaskPriorities } from "@/lib/tasks/recompute-task-priorities";

/**
 * 3 attempts per step, about 1 and 5 minutes apart (the product's schedule), or after the
 * provider's retry-after. A step that gives up marks the session `failed` with the reason, once.
 */
export const processSessionPolicy = stepFailurePolicy<{ sessionId: string }>({
  retries: 2,
  retryDelaysMs: [60_000, 300_000],
  recordFailure: ({ data, runId, reason }) => failProcessingRun({ sessionId: data.sessionId, reason, inngestRunId: runId }),
});

export const processSession = inngest.createFunction(
  {
    id: "process-session",
    name: "Process a finished session",
    triggers: [sessionCompleted, sessionReprocessRequested],
    retries: processSessionPolicy.retries,
    onFailure: processSessionPolicy.onFailure,
    // one run per session at a time (replays and duplicates queue up), two sessions per project
    concurrency: [
      { key: "event.data.sessionId", limit: 1 },
      { key: "event.data.projectId", limit: 2 },
    ],
    // keeps model calls under provider rate limits across all projects
    throttle: { limit: 60, period: "1m" },
  },
  async ({ event, step, runId: inngestRunId, attempt }) => {
    const { sessionId, projectId } = event.data;
    const guarded = processSessionPolicy.guard({ data: { sessionId }, runId: inngestRunId, attempt });
    const run = await step.run(
      "start",
      guarded(() =>
        startProcessingRun({
          sessionId,
          trigger: event.name === sessionReprocessRequested.name ? "reprocess" : "completed",
          eventId: event.id ?? null,
          inngestRunId,
          attempt,
        }),
      ),
    );
    // a step that is also one row of the session's processing history
    const recorded = <T>(name: string, fn: () => Promise<T>) => guarded(() => runRecordedStep(run.runId, name, fn));

    if (run.skipReason) {
      await step.run(
        "finish",
        recorded("finish", () => finishProcessingRun({ runId: run.runId, skipped: run.skipReason })),
      );
      return { sessionId, skipped: run.skipReason };
    }

    const batches = await step.run(
      "plan-transcription",
      recorded("plan-transcription", () => planTranscription({ sessionId })),
    );
    // each span's transcript commits on its own: a retry resumes at the first span not done (ADR 010)
    for (const [i, chunkIds] of batches.entries()) {
      await step.run(
        `transcribe-${i}`,
        recorded(`transcribe-${i}`, () => transcribeBatch({ chunkIds, runId: run.runId, step: `transcribe-${i}` })),
      );
    }

    const { windowCount } = await step.run(
      "build-timeline",
      recorded("build-timeline", () => countSessionWindows({ sessionId })),
    );
    // every extraction window and the summary, side by side; each records its own history row
    // (extract-N, summarize) and commits on its own, so a retry redoes only what failed; the signals
    // stay in the database (ExtractionWindow, ADR 014): steps return ids and counts only
    if (windowCount > 0)
      await step.run(
        "analyse",
        guarded(() => analyseSession({ projectId, sessionId, runId: run.runId })),
      );
    const signalIds = await step.run(
      "save-signals",
      recorded("save-signals", async () =>
        saveSessionSignals({ sessionId, runId: run.runId, signals: await loadExtractedSignals(run.runId) }),
      ),
    );
    // a follow-up interview is also judged per acceptance criterion of the change it verifies; its
    // new struggles went through the normal extraction above, like any session's
    if (run.purpose === "follow_up")
      await step.run(
        "extract-verdicts",
        // recorded with its output (verdicts, quotes dropped, criteria skipped) for the processing history
        guarded(() =>
          runRecordedStep(
            run.runId,
            "extract-verdicts",
            () => extractVerdicts({ projectId, sessionId, runId: run.runId }),
            (out) => out,
          ),
        ),
      );
    const taskIds = await step.run(
      "match-tasks",
      recorded("match-tasks", () => assignSignalsToTasks({ projectId, signalIds })),
    );
    await step.run(
      "recompute-priorities",
      recorded("recompute-priorities", () => recomputeTaskPriorities({ taskIds })),
    );
    await step.run(
      "finish",
      recorded("finish", () => finishProcessingRun({ runId: run.runId })),
    );
    return { sessionId, signals: signalIds.length, tasks: taskIds.length };
  },
);
