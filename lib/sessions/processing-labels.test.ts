// Processing history in words: the pipeline's step ids and the session's activity kinds as labels,
// and the session page's history component showing them with the ids on hover.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type HistoryRun, ProcessingHistory } from "@/components/sessions/processing-history";
import { processingStepLabel, sessionActivityLabel } from "./processing-labels";

describe("processingStepLabel", () => {
  it("names every step of process-session, numbering repeated steps from 1", () => {
    expect(
      [
        "plan-transcription",
        "transcribe-0",
        "transcribe-11",
        "build-timeline",
        "extract-2",
        "summarize",
        "save-signals",
        "match-tasks",
        "recompute-priorities",
        "finish",
        "record-failure",
      ].map(processingStepLabel),
    ).toEqual([
      "Plan the transcription",
      "Transcribe audio (part 1)",
      "Transcribe audio (part 12)",
      "Build the timeline",
      "Find signals (part 3)",
      "Write the summary",
      "Save the signals",
      "Link signals to tasks",
      "Update task priorities",
      "Finish",
      "Record the failure",
    ]);
  });

  it("shows an id it does not know as it is", () => {
    expect(processingStepLabel("new-step-7")).toBe("new-step-7");
    expect(processingStepLabel("extract_signals")).toBe("extract_signals");
  });
});

describe("sessionActivityLabel", () => {
  it("reads activity kinds as sentences", () => {
    expect(["ended", "processing_started", "processing_failed", "processed", "reprocess_requested"].map(sessionActivityLabel)).toEqual([
      "Session ended",
      "Processing started",
      "Processing failed",
      "Processed",
      "Reprocessing requested",
    ]);
    expect(sessionActivityLabel("something_new")).toBe("Something new");
  });
});

describe("the session page's processing history", () => {
  it("shows steps and activity by label, with the ids on hover, and keeps the dropped-quote counts", () => {
    const at = new Date("2026-12-06T10:00:00Z");
    const step = (name: string, output: unknown = null) => ({
      id: name,
      name,
      status: "succeeded" as const,
      error: null,
      output,
      startedAt: at,
      finishedAt: at,
    });
    const run: HistoryRun = {
      id: "run1",
      trigger: "reprocess",
      status: "succeeded",
      attempt: 0,
      error: null,
      startedAt: at,
      finishedAt: at,
      inngestUrl: null,
      steps: [step("transcribe-0"), step("extract-0", { signals: 2, quotesDropped: 1, invalidDropped: 0 }), step("match-tasks")],
    };
    const html = renderToStaticMarkup(
      createElement(ProcessingHistory, {
        runs: [run],
        costs: new Map(),
        activity: [{ kind: "processing_started", message: null, createdAt: at }],
        totals: { costUsd: 0, inputTokens: 0, outputTokens: 0, audioSeconds: 0 },
      }),
    );
    expect(html).toContain('title="step id: transcribe-0">Transcribe audio (part 1)</span>');
    expect(html).toContain('title="step id: extract-0">Find signals (part 1)</span>');
    expect(html).toContain(">Link signals to tasks</span>");
    expect(html).toContain("2 signals kept · 1 quote dropped (not found in the participant&#x27;s words)");
    expect(html).toContain('title="kind: processing_started">Processing started</span>');
    expect(html).toContain(">reprocessing</span>");
    // the raw ids are not the visible text anywhere
    expect(html).not.toMatch(/>\s*(transcribe-0|extract-0|match-tasks|processing_started)\s*</);
  });
});
