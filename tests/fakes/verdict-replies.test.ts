// The fake verdict responder judges like a careful model from the prompt the app sends; the unusable
// replies stay unusable (the pipeline test checks each is refused and retried).
import { describe, expect, it } from "vitest";
import { renderVerdictPrompt } from "@/lib/follow-up/extract-verdicts";
import { UNUSABLE_VERDICT_REPLIES } from "./analysis-replies";
import { verdictsFor } from "./responders/verdicts";

const criteria = ["Invoices reach Xero", "Failures say why", "Totals match", "Nobody asks about this"];
const timeline = [
  "[00:10] Interviewer: Thanks. How did this part go for you: Invoices reach Xero?",
  "[00:20] Participant: It works now, they showed up.",
  "[00:30] Interviewer: How did this part go for you: Failures say why?",
  "[00:40] Participant (action): clicked button#export",
  "[00:45] Participant: I didn't try a failing one.",
  "[00:50] Interviewer: How did this part go for you: Totals match?",
  "[01:00] Participant: The totals are still wrong on one invoice, which is annoying.",
].join("\n");

describe("the fake verdict responder", () => {
  it("judges each asked criterion from the participant's next words, quoting them exactly, and skips the rest", () => {
    expect(verdictsFor(renderVerdictPrompt({ taskTitle: "Export", criteria, timeline }))).toEqual([
      { criterionIndex: 0, verdict: "fixed", quote: "It works now, they showed up", confidence: 0.85 },
      { criterionIndex: 1, verdict: "not_tried", quote: "I didn't try a failing one", confidence: 0.6 },
      { criterionIndex: 2, verdict: "not_fixed", quote: "The totals are still wrong on one invoice, which is annoying", confidence: 0.85 },
    ]);
  });

  it("has an unusable reply of every kind the pipeline must refuse", () => {
    expect(Object.keys(UNUSABLE_VERDICT_REPLIES).sort()).toEqual(
      ["badToolInput", "invalidJson", "judgedTwice", "malformedToolInput", "noToolCall", "unknownCriterion"].sort(),
    );
  });
});
