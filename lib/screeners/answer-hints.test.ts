import { describe, expect, it } from "vitest";
import { MULTIPLE_CHOICE_HINT, multipleChoiceHint } from "./answer-hints";

describe("multipleChoiceHint", () => {
  it("adds the hint when the question has no help text, or help text about something else", () => {
    expect(multipleChoiceHint(null)).toBe(MULTIPLE_CHOICE_HINT);
    expect(multipleChoiceHint("")).toBe(MULTIPLE_CHOICE_HINT);
    expect(multipleChoiceHint("Think about the last 12 months.")).toBe(MULTIPLE_CHOICE_HINT);
    expect(multipleChoiceHint("Pick the one you use most.")).toBe(MULTIPLE_CHOICE_HINT);
  });

  it("leaves it out when the help text already says to pick several (the demo screener's wording among them)", () => {
    for (const help of [
      "Select all that apply.",
      "select all that apply",
      "Choose any that apply",
      "Tick all the tools you use.",
      "Pick one or more.",
      "Check all that are relevant to you",
    ]) {
      expect(multipleChoiceHint(help), help).toBeNull();
    }
  });
});
