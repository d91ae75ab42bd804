import { describe, expect, it } from "vitest";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import type { TimelineEntry } from "@/lib/processing/timeline";
import { MIN_CONFIDENCE } from "./overall-verdict";
import { validateVerdicts } from "./verdict-output";

const CRITERIA = ["Invoices reach Xero", "Failures say why"];
const TIMELINE: TimelineEntry[] = [
  { offsetMs: 10_000, kind: "message", speaker: "interviewer", text: "How did it go? It works perfectly, right?" },
  { offsetMs: 20_000, kind: "message", speaker: "participant", text: "It works now, they showed up in Xero." },
  { offsetMs: 30_000, kind: "speech", speaker: "participant", text: "I never saw a failure." },
];
const v = (criterionIndex: number, verdict: string, quote: string | null, confidence = 0.9) => ({
  criterionIndex,
  verdict,
  quote,
  confidence,
});

describe("validateVerdicts", () => {
  it("keeps grounded verdicts with the participant's exact words and moment; skipped criteria are not tried", () => {
    const out = validateVerdicts({ verdicts: [v(0, "fixed", "it works now they showed up in xero")] }, CRITERIA, TIMELINE);
    expect(out.verdicts).toEqual([
      {
        criterionIndex: 0,
        criterion: CRITERIA[0],
        verdict: "fixed",
        quote: "It works now, they showed up in Xero",
        offsetMs: 20_000,
        confidence: 0.9,
      },
      { criterionIndex: 1, criterion: CRITERIA[1], verdict: "not_tried", quote: null, offsetMs: null, confidence: 0 },
    ]);
    expect(out).toMatchObject({ quotesDropped: 0, skipped: 1 });
  });

  it("drops a quote that is not the participant's (the interviewer's words, or invented) and lowers the confidence below the counted minimum", () => {
    const out = validateVerdicts({ verdicts: [v(0, "fixed", "It works perfectly"), v(1, "not_fixed", null, 0.8)] }, CRITERIA, TIMELINE);
    expect(out.verdicts.map((x) => [x.verdict, x.quote, x.confidence < MIN_CONFIDENCE])).toEqual([
      ["fixed", null, true],
      ["not_fixed", null, true],
    ]);
    expect(out.quotesDropped).toBe(2);
    // not tried needs no quote
    expect(validateVerdicts({ verdicts: [v(1, "not_tried", null, 0.7)] }, CRITERIA, TIMELINE).verdicts[1]).toMatchObject({
      confidence: 0.7,
      quote: null,
    });
  });

  it.each([
    ["an unknown criterion", { verdicts: [v(2, "fixed", null)] }],
    ["a negative index", { verdicts: [v(-1, "fixed", null)] }],
    ["a criterion judged twice", { verdicts: [v(0, "fixed", null), v(0, "partly", null)] }],
    ["a verdict outside the list", { verdicts: [v(0, "solved", null)] }],
    ["a confidence above 1", { verdicts: [v(0, "fixed", null, 3)] }],
    ["an extra field", { verdicts: [{ ...v(0, "fixed", null), note: "x" }] }],
    ["no list", { verdicts: "fixed" }],
    ["nothing", null],
  ])("refuses %s as a whole (the step is retried)", (_name, raw) => {
    expect(() => validateVerdicts(raw, CRITERIA, TIMELINE)).toThrow(InvalidModelOutputError);
  });
});
