// Turns a finished session into evidence: transcripts → timeline → signals and summary → tasks →
// priorities. Each step calls one lib/ use-case and returns small values; every step is recorded for
// the dashboard (lib/processing/run-step.ts). Safe to replay: signals are replaced, not appended.
import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { sessionCompleted, sessionReprocessRequested } from "@/inngest/events";
import { analyseSession, loadExtractedSignals } from "@/lib/processing/analyse-session";
import { failProcessingRun } from "@/lib/processing/fail-processing-run";
import { finishProcessingRun } from "@/lib/processing/finish-processing-run";
import { failureReason, toInngestError } from "@/lib/processing/retry-policy";
import { runRecordedStep } from "@/lib/processing/run-step";
import { saveSessionSignals } from "@/lib/processing/save-session-signals";
import { countSessionWindows } from "@/lib/processing/session-windows";
import { startProcessingRun } from "@/lib/processing/start-processing-run";
import { planTranscription, transcribeBatch } from "@/lib/processing/transcribe-spans";
import { assignSignalsToTasks } from "@/lib/tasks/assign-signals-to-tasks";
import { recomputeTaskPriorities } from "@/lib/tasks/recompute-task-priorities";

export const processSession = inngest.createFunction(
  {
    id: "process-session",
    name: "Process a finished session",
    triggers: [sessionCompleted, sessionReprocessRequested],
    // 3 attempts in all; the delays between them come from retry-policy.ts (about 1 and 5 minutes)
    retries: 2,
    // one run per session at a time (replays and duplicates queue up), two sessions per project
    concurrency: [
      { key: "event.data.sessionId", limit: 1 },
      { key: "event.data.projectId", limit: 2 },
    ],
    // keeps model calls under provider rate limits across all projects
    throttle: { limit: 60, period: "1m" },
    onFailure: async ({ event, error }) => {
      const original = event.data.event.data as { sessionId: string };
      await failProcessingRun({ sessionId: original.sessionId, reason: failureReason(error), inngestRunId: event.data.run_id });
    },
  },
  async ({ event, step, runId: inngestRunId, attempt, maxAttempts }) => {
    const { sessionId, projectId } = event.data;
    const run = await step.run("start", async () => {
      try {
        return await startProcessingRun({
          sessionId,
          trigger: event.name === sessionReprocessRequested.name ? "reprocess" : "completed",
          eventId: event.id ?? null,
          inngestRunId,
          attempt,
        });
      } catch (e) {
        throw toInngestError(e, attempt);
      }
    });
    // A failure that will not be retried (non-retriable, or the last attempt) marks the session
    // failed right here, inside the step, so the status is right however the run ends.
    const lastAttempt = attempt >= (maxAttempts ?? 3) - 1;
    const guarded = <T>(fn: () => Promise<T>) => () =>
      fn().catch(async (e) => {
        const error = toInngestError(e, attempt);
        if (error instanceof NonRetriableError || lastAttempt) {
          await failProcessingRun({ sessionId, reason: failureReason(e), inngestRunId });
          throw error instanceof NonRetriableError ? error : new NonRetriableError(failureReason(e), { cause: e });
        }
        throw error;
      });
    // a step that is also one row of the session's processing history
    const recorded = <T>(name: string, fn: () => Promise<T>) => guarded(() => runRecordedStep(run.runId, name, fn));

    try {
      if (run.skipReason) {
        await step.run("finish", recorded("finish", () => finishProcessingRun({ runId: run.runId, skipped: run.skipReason })));
        return { sessionId, skipped: run.skipReason };
      }

      const batches = await step.run("plan-transcription", recorded("plan-transcription", () => planTranscription({ sessionId })));
      // each span's transcript commits on its own: a retry resumes at the first span not done (ADR 010)
      for (const [i, chunkIds] of batches.entries()) {
        await step.run(`transcribe-${i}`, recorded(`transcribe-${i}`, () => transcribeBatch({ chunkIds, runId: run.runId, step: `transcribe-${i}` })));
      }

      const { windowCount } = await step.run("build-timeline", recorded("build-timeline", () => countSessionWindows({ sessionId })));
      // every extraction window and the summary, side by side; each records its own history row
      // (extract-N, summarize) and commits on its own, so a retry redoes only what failed
      if (windowCount > 0) await step.run("analyse", guarded(() => analyseSession({ projectId, sessionId, runId: run.runId })));
      const signalIds = await step.run(
        "save-signals",
        recorded("save-signals", async () => saveSessionSignals({ sessionId, runId: run.runId, signals: await loadExtractedSignals(run.runId) })),
      );
      const taskIds = await step.run("match-tasks", recorded("match-tasks", () => assignSignalsToTasks({ projectId, signalIds })));
      await step.run("recompute-priorities", recorded("recompute-priorities", () => recomputeTaskPriorities({ taskIds })));
      await step.run("finish", recorded("finish", () => finishProcessingRun({ runId: run.runId })));
      return { sessionId, signals: signalIds.length, tasks: taskIds.length };
    } catch (e) {
      // a step ran out of retries, or failed for good: the session shows "failed" with the reason
      const reason = failureReason(e);
      await step.run("record-failure", () => failProcessingRun({ sessionId, reason, inngestRunId }));
      throw new NonRetriableError(reason, { cause: e });
    }
  },
);
