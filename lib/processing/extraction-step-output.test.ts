// What an extract step records about dropped signals, and how the session page's processing
// history says it (rendered to HTML with the real component).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProcessingHistory, type HistoryRun } from "@/components/sessions/processing-history";
import { describeExtractionOutput, extractionStepOutput } from "./extraction-step-output";

const output = extractionStepOutput({
  signals: [],
  dropped: { ungrounded: 2, invalid: 1, examples: ['"I love it" is not in the participant\'s words', "signal 3: topic: Invalid input"] },
});

describe("extract step output", () => {
  it("counts kept and dropped signals, with a few reasons", () => {
    expect(output).toEqual({
      signals: 0,
      quotesDropped: 2,
      invalidDropped: 1,
      dropExamples: ['"I love it" is not in the participant\'s words', "signal 3: topic: Invalid input"],
    });
    expect(extractionStepOutput({ signals: [], dropped: { ungrounded: 0, invalid: 0, examples: [] } })).toEqual({
      signals: 0,
      quotesDropped: 0,
      invalidDropped: 0,
    });
  });

  it("reads as sentences, and only for extract steps", () => {
    expect(describeExtractionOutput({ ...output, signals: 1, quotesDropped: 1 })).toEqual([
      "1 signal kept",
      "1 quote dropped (not found in the participant's words)",
      "1 signal dropped (incomplete or malformed)",
    ]);
    expect(describeExtractionOutput({ signals: 4, quotesDropped: 0, invalidDropped: 0 })).toEqual(["4 signals kept"]);
    expect(describeExtractionOutput({ chunks: 3 })).toBeNull();
    expect(describeExtractionOutput(null)).toBeNull();
  });

  it("shows in the session's processing history, reasons on hover", () => {
    const at = new Date("2026-12-06T10:00:00Z");
    const run: HistoryRun = {
      id: "run1",
      trigger: "completed",
      status: "succeeded",
      attempt: 0,
      error: null,
      startedAt: at,
      finishedAt: at,
      inngestUrl: null,
      steps: [
        { id: "s1", name: "extract-0", status: "succeeded", error: null, output: { ...output, signals: 5 }, startedAt: at, finishedAt: at },
      ],
    };
    const html = renderToStaticMarkup(
      createElement(ProcessingHistory, {
        runs: [run],
        costs: new Map(),
        activity: [],
        totals: { costUsd: 0, inputTokens: 0, outputTokens: 0, audioSeconds: 0 },
      }),
    );
    expect(html).toContain(
      "5 signals kept · 2 quotes dropped (not found in the participant&#x27;s words) · 1 signal dropped (incomplete or malformed)",
    );
    expect(html).toContain('title="&quot;I love it&quot; is not in the participant&#x27;s words\nsignal 3: topic: Invalid input"');
  });
});
