import { describe, expect, it } from "vitest";
import { evaluateRules, evaluateScreener, type QuestionWithRules, validateAnswers } from "./evaluate-screener";

function q(partial: Partial<QuestionWithRules> & Pick<QuestionWithRules, "id" | "type">): QuestionWithRules {
  return {
    text: `Question ${partial.id}`,
    required: true,
    options: [],
    min: null,
    max: null,
    qualifyOptions: [],
    disqualifyOptions: [],
    qualifyMin: null,
    qualifyMax: null,
    ...partial,
  };
}

const role = q({ id: "role", type: "single_choice", text: "What best describes your role?", options: ["Founder", "Finance", "Student"] });
const tools = q({ id: "tools", type: "multiple_choice", text: "Which tools do you use?", options: ["Sheets", "Xero", "None"] });
const count = q({ id: "count", type: "number", text: "How many invoices a month?", min: 0, max: 1000 });
const nps = q({ id: "nps", type: "scale", text: "How likely are you to recommend us?", min: 0, max: 10 });
const defaultScale = q({ id: "ease", type: "scale", text: "How easy was it?" });
const started = q({ id: "started", type: "date", text: "When did you start?" });
const story = q({ id: "story", type: "text", text: "Tell us about the last time" });

const errorsOf = (questions: QuestionWithRules[], answers: Record<string, unknown>) => validateAnswers(questions, answers).errors;

describe("validateAnswers: required and unknown questions", () => {
  it("reports every required question left empty, in all the ways a form can leave it empty", () => {
    const questions = [role, tools, count, story, started];
    expect(errorsOf(questions, {})).toEqual({
      role: ["This question is required."],
      tools: ["This question is required."],
      count: ["This question is required."],
      story: ["This question is required."],
      started: ["This question is required."],
    });
    expect(errorsOf(questions, { role: "", tools: [], count: null, story: "   ", started: undefined })).toEqual({
      role: ["This question is required."],
      tools: ["This question is required."],
      count: ["This question is required."],
      story: ["This question is required."],
      started: ["This question is required."],
    });
  });

  it("leaves optional questions out when unanswered", () => {
    const optional = { ...story, required: false };
    expect(validateAnswers([optional], { story: "  " })).toEqual({ answers: {}, errors: {} });
    expect(validateAnswers([optional], {})).toEqual({ answers: {}, errors: {} });
  });

  it("rejects answers to questions that are not part of the screener", () => {
    expect(errorsOf([role], { role: "Founder", ghost: "boo" })).toEqual({ ghost: ["This question is not part of this screener."] });
  });
});

describe("validateAnswers: types", () => {
  it("single choice: one of the options, exactly", () => {
    expect(validateAnswers([role], { role: "Finance" })).toEqual({ answers: { role: "Finance" }, errors: {} });
    for (const bad of ["finance", "CEO", ["Finance"], 3, true])
      expect(errorsOf([role], { role: bad })).toEqual({ role: ["Choose one of the options."] });
  });

  it("multiple choice: a list of distinct options, stored in the question's order", () => {
    expect(validateAnswers([tools], { tools: ["Xero", "Sheets"] }).answers).toEqual({ tools: ["Sheets", "Xero"] });
    expect(errorsOf([tools], { tools: "Sheets" })).toEqual({ tools: ["Choose options from the list."] });
    expect(errorsOf([tools], { tools: ["Sheets", "Excel"] })).toEqual({ tools: ["Choose options from the list."] });
    expect(errorsOf([tools], { tools: ["Sheets", 1] })).toEqual({ tools: ["Choose options from the list."] });
    expect(errorsOf([tools], { tools: ["Sheets", "Sheets"] })).toEqual({ tools: ["Choose each option at most once."] });
  });

  it("number: numeric (numbers or numeric strings) within min and max, inclusive", () => {
    expect(validateAnswers([count], { count: 12 }).answers).toEqual({ count: 12 });
    expect(validateAnswers([count], { count: " 12.5 " }).answers).toEqual({ count: 12.5 });
    expect(validateAnswers([count], { count: 0 }).answers).toEqual({ count: 0 });
    expect(validateAnswers([count], { count: "1000" }).answers).toEqual({ count: 1000 });
    expect(errorsOf([count], { count: -1 })).toEqual({ count: ["Enter a number of at least 0."] });
    expect(errorsOf([count], { count: 1000.5 })).toEqual({ count: ["Enter a number of at most 1,000."] });
    for (const bad of ["12abc", "1e3", "abc", [1], true, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorsOf([count], { count: bad })).toEqual({ count: ["Enter a number."] });
    }
    const unbounded = q({ id: "n", type: "number" });
    expect(validateAnswers([unbounded], { n: -5000 }).answers).toEqual({ n: -5000 });
  });

  it("scale: a whole number within the scale (default 1–5)", () => {
    expect(validateAnswers([nps], { nps: 0 }).answers).toEqual({ nps: 0 });
    expect(validateAnswers([nps], { nps: "10" }).answers).toEqual({ nps: 10 });
    for (const bad of [-1, 11, 7.5, "x"]) expect(errorsOf([nps], { nps: bad })).toEqual({ nps: ["Choose a value from 0 to 10."] });
    expect(validateAnswers([defaultScale], { ease: 5 }).answers).toEqual({ ease: 5 });
    expect(errorsOf([defaultScale], { ease: 0 })).toEqual({ ease: ["Choose a value from 1 to 5."] });
    expect(errorsOf([defaultScale], { ease: 6 })).toEqual({ ease: ["Choose a value from 1 to 5."] });
  });

  it("date: a real calendar date written YYYY-MM-DD", () => {
    expect(validateAnswers([started], { started: "2024-02-29" }).answers).toEqual({ started: "2024-02-29" });
    for (const bad of ["2023-02-29", "2024-13-01", "2024-1-5", "05/01/2024", "2024-01-05T10:00:00Z", 20240105]) {
      expect(errorsOf([started], { started: bad })).toEqual({ started: ["Enter a date as YYYY-MM-DD."] });
    }
  });

  it("text: trimmed, at most 2000 characters", () => {
    expect(validateAnswers([story], { story: "  It broke.  " }).answers).toEqual({ story: "It broke." });
    expect(validateAnswers([story], { story: "x".repeat(2000) }).errors).toEqual({});
    expect(errorsOf([story], { story: "x".repeat(2001) })).toEqual({ story: ["Keep your answer under 2,000 characters."] });
    expect(errorsOf([story], { story: 42 })).toEqual({ story: ["Enter your answer as text."] });
  });
});

describe("evaluateRules", () => {
  it("single choice qualifyOptions: the answer must be among them", () => {
    const rule = { ...role, qualifyOptions: ["Founder", "Finance"] };
    expect(evaluateRules([rule], { role: "Finance" })).toEqual({ qualified: true, reason: null, failedQuestionId: null });
    expect(evaluateRules([rule], { role: "Student" })).toEqual({
      qualified: false,
      reason: '"What best describes your role?" — answer "Student" does not qualify',
      failedQuestionId: "role",
    });
  });

  it("single choice disqualifyOptions: the answer must not be among them", () => {
    const rule = { ...role, disqualifyOptions: ["Student"] };
    expect(evaluateRules([rule], { role: "Founder" }).qualified).toBe(true);
    expect(evaluateRules([rule], { role: "Student" }).reason).toBe('"What best describes your role?" — answer "Student" disqualifies');
  });

  it("multiple choice qualifyOptions: at least one selected option must be among them", () => {
    const rule = { ...tools, qualifyOptions: ["Sheets", "Xero"] };
    expect(evaluateRules([rule], { tools: ["Xero"] }).qualified).toBe(true);
    expect(evaluateRules([rule], { tools: ["Sheets", "None"] }).qualified).toBe(true);
    expect(evaluateRules([rule], { tools: ["None"] })).toEqual({
      qualified: false,
      reason: '"Which tools do you use?" — none of the selected answers ("None") qualifies',
      failedQuestionId: "tools",
    });
  });

  it("multiple choice disqualifyOptions: no selected option may be among them", () => {
    const rule = { ...tools, disqualifyOptions: ["None"] };
    expect(evaluateRules([rule], { tools: ["Sheets", "Xero"] }).qualified).toBe(true);
    expect(evaluateRules([rule], { tools: ["Sheets", "None"] }).reason).toBe('"Which tools do you use?" — answer "None" disqualifies');
  });

  it("multiple choice with both lists: a qualifying pick does not excuse a disqualifying one", () => {
    const rule = { ...tools, qualifyOptions: ["Sheets"], disqualifyOptions: ["None"] };
    expect(evaluateRules([rule], { tools: ["Sheets", "None"] }).qualified).toBe(false);
    expect(evaluateRules([rule], { tools: ["Sheets", "Xero"] }).qualified).toBe(true);
  });

  it("number qualifyMin / qualifyMax are inclusive bounds", () => {
    const rule = { ...count, qualifyMin: 5, qualifyMax: 50 };
    expect(evaluateRules([rule], { count: 5 }).qualified).toBe(true);
    expect(evaluateRules([rule], { count: 50 }).qualified).toBe(true);
    expect(evaluateRules([rule], { count: 4.5 }).reason).toBe(
      '"How many invoices a month?" — answer 4.5 is below the qualifying minimum of 5',
    );
    expect(evaluateRules([rule], { count: 51 }).reason).toBe(
      '"How many invoices a month?" — answer 51 is above the qualifying maximum of 50',
    );
    expect(evaluateRules([{ ...count, qualifyMin: 5 }], { count: 999 }).qualified).toBe(true);
    expect(evaluateRules([{ ...count, qualifyMax: 5 }], { count: 0 }).qualified).toBe(true);
  });

  it("scale ranges work like number ranges", () => {
    const rule = { ...nps, qualifyMin: 9 };
    expect(evaluateRules([rule], { nps: 9 }).qualified).toBe(true);
    expect(evaluateRules([rule], { nps: 8 }).reason).toBe(
      '"How likely are you to recommend us?" — answer 8 is below the qualifying minimum of 9',
    );
  });

  it("an unanswered optional question fails a qualifying rule but passes a disqualifying one", () => {
    const optionalQualify = { ...role, required: false, qualifyOptions: ["Founder"] };
    expect(evaluateRules([optionalQualify], {})).toEqual({
      qualified: false,
      reason: '"What best describes your role?" — no answer given; the qualifying rule needs one',
      failedQuestionId: "role",
    });
    expect(evaluateRules([{ ...count, required: false, qualifyMin: 1 }], {}).qualified).toBe(false);
    expect(evaluateRules([{ ...role, required: false, disqualifyOptions: ["Student"] }], {}).qualified).toBe(true);
  });

  it("text and date questions have no rules", () => {
    expect(evaluateRules([story, started], { story: "anything", started: "2020-01-01" }).qualified).toBe(true);
  });

  it("the first failing question, in question order, gives the reason", () => {
    const questions = [
      { ...role, disqualifyOptions: ["Student"] },
      { ...tools, disqualifyOptions: ["None"] },
      { ...count, qualifyMin: 5 },
    ];
    const r = evaluateRules(questions, { role: "Founder", tools: ["None"], count: 1 });
    expect(r.failedQuestionId).toBe("tools");
    const r2 = evaluateRules([...questions].reverse(), { role: "Founder", tools: ["None"], count: 1 });
    expect(r2.failedQuestionId).toBe("count");
  });
});

describe("evaluateScreener", () => {
  const questions = [
    { ...role, disqualifyOptions: ["Student"] },
    { ...count, qualifyMin: 5 },
  ];

  it("returns validation errors and evaluates nothing while any answer is invalid", () => {
    // "Student" would disqualify, but the invalid count wins: nothing is decided on partial input
    expect(evaluateScreener(questions, { role: "Student", count: "many" })).toEqual({ ok: false, errors: { count: ["Enter a number."] } });
  });

  it("returns the normalised answers with the decision", () => {
    expect(evaluateScreener(questions, { role: "Founder", count: "7" })).toEqual({
      ok: true,
      answers: { role: "Founder", count: 7 },
      qualified: true,
      reason: null,
      failedQuestionId: null,
    });
    expect(evaluateScreener(questions, { role: "Student", count: 7 })).toMatchObject({
      ok: true,
      qualified: false,
      failedQuestionId: "role",
    });
  });
});
