// Every message the shared answer check can give the screener form has a translation key, so a
// participant never sees an English validation message on a translated page.
import { describe, expect, it } from "vitest";
import { validateAnswers, type QuestionDefinition } from "@/lib/screeners/evaluate-screener";
import { LIMITS } from "@/lib/screeners/schemas";
import { answerErrorKey } from "./answer-errors";

const q = (id: string, type: QuestionDefinition["type"], extra: Partial<QuestionDefinition> = {}): QuestionDefinition => ({
  id,
  text: id,
  type,
  required: true,
  options: ["a", "b"],
  min: null,
  max: null,
  ...extra,
});

describe("answer errors in the participant's language", () => {
  it("maps every message validateAnswers gives, with its numbers", () => {
    const questions = [
      q("req", "text"),
      q("scale", "scale", { min: 1, max: 5 }),
      q("nan", "number"),
      q("low", "number", { min: 2 }),
      q("high", "number", { max: 1000 }),
      q("date", "date"),
      q("one", "single_choice"),
      q("list", "multiple_choice"),
      q("twice", "multiple_choice"),
      q("notText", "text"),
      q("long", "text"),
    ];
    const { errors } = validateAnswers(questions, {
      scale: 9,
      nan: "x",
      low: 1,
      high: 2000,
      date: "2024-02-30",
      one: "c",
      list: ["c"],
      twice: ["a", "a"],
      notText: 5,
      long: "x".repeat(LIMITS.textAnswerLength + 1),
    });
    const mapped = Object.fromEntries(Object.entries(errors).map(([id, [m]]) => [id, answerErrorKey(m)]));
    expect(mapped).toEqual({
      req: { key: "required", values: {} },
      scale: { key: "scale", values: { min: "1", max: "5" } },
      nan: { key: "number", values: {} },
      low: { key: "numberMin", values: { min: "2" } },
      high: { key: "numberMax", values: { max: "1,000" } },
      date: { key: "date", values: {} },
      one: { key: "chooseOne", values: {} },
      list: { key: "chooseFromList", values: {} },
      twice: { key: "chooseOnce", values: {} },
      notText: { key: "text", values: {} },
      long: { key: "textLength", values: { max: LIMITS.textAnswerLength.toLocaleString("en-US") } },
    });
    expect(answerErrorKey("Something new.")).toBeNull();
  });
});
