import { describe, expect, it } from "vitest";
import { QuestionType, ScreenerStatus } from "@/generated/prisma/enums";
import {
  createQuestionSchema,
  createScreenerSchema,
  fillQuestionFields,
  QUESTION_TYPES,
  SCREENER_STATUSES,
  updateQuestionSchema,
  updateScreenerSchema,
} from "./schemas";

const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("question schema", () => {
  it("choice questions need at least two distinct options", () => {
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "Role?", type: "single_choice", options: ["Only"] }))).toEqual({
      options: "needs at least 2 different options",
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "Role?", type: "multiple_choice", options: ["A", " a "] }))).toEqual({
      "options.1": '"a" is listed more than once',
      options: "needs at least 2 different options",
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "Role?", type: "single_choice", options: ["A", ""] }))).toEqual({
      "options.1": "cannot be empty",
    });
  });

  it("rule options must be among the options, in one list only, and not all disqualifying", () => {
    const r = createQuestionSchema.safeParse({
      text: "Role?",
      type: "single_choice",
      options: ["A", "B", "C"],
      qualifyOptions: ["A", "Z"],
      disqualifyOptions: ["A"],
    });
    expect(fieldsOf(r)).toEqual({
      "qualifyOptions.1": '"Z" is not one of the options',
      "disqualifyOptions.0": '"A" cannot both qualify and disqualify',
    });
    expect(
      fieldsOf(createQuestionSchema.safeParse({ text: "R?", type: "single_choice", options: ["A", "B"], disqualifyOptions: ["A", "B"] })),
    ).toEqual({
      disqualifyOptions: "cannot include every option: nobody could qualify",
    });
  });

  it("numeric fields belong to number and scale questions; options to choice questions", () => {
    expect(
      fieldsOf(createQuestionSchema.safeParse({ text: "R?", type: "single_choice", options: ["A", "B"], min: 1, qualifyMin: 1 })),
    ).toEqual({
      min: "only applies to number and scale questions",
      qualifyMin: "only applies to number and scale questions",
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "N?", type: "number", options: ["A"], disqualifyOptions: ["A"] }))).toEqual({
      options: "only applies to single and multiple choice questions",
      disqualifyOptions: "only applies to single and multiple choice questions",
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "T?", type: "text", max: 3 }))).toEqual({
      max: "does not apply to text questions",
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "D?", type: "date", qualifyMin: 3 }))).toEqual({
      qualifyMin: "does not apply to date questions",
    });
  });

  it("number: min < max, and a qualifying range that is ordered and inside the bounds", () => {
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "N?", type: "number", min: 5, max: 5 }))).toEqual({
      max: "must be greater than the minimum",
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "N?", type: "number", qualifyMin: 10, qualifyMax: 2 }))).toEqual({
      qualifyMax: "must not be below the qualifying minimum",
    });
    expect(
      fieldsOf(createQuestionSchema.safeParse({ text: "N?", type: "number", min: 0, max: 100, qualifyMin: -1, qualifyMax: 101 })),
    ).toEqual({
      qualifyMin: "must be within the question's range (at least 0)",
      qualifyMax: "must be within the question's range (at most 100)",
    });
    expect(createQuestionSchema.parse({ text: "N?", type: "number", min: 0.5, qualifyMin: 2.5 })).toMatchObject({
      min: 0.5,
      max: null,
      qualifyMin: 2.5,
    });
  });

  it("scale: defaults to 1–5, whole numbers, at most 11 points", () => {
    expect(createQuestionSchema.parse({ text: "S?", type: "scale" })).toMatchObject({ min: 1, max: 5, required: true, options: [] });
    expect(createQuestionSchema.parse({ text: "S?", type: "scale", min: 0, max: 10, qualifyMin: 9 })).toMatchObject({
      min: 0,
      max: 10,
      qualifyMin: 9,
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "S?", type: "scale", min: 0, max: 11 }))).toEqual({
      max: "a scale can have at most 11 points (e.g. 0–10)",
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "S?", type: "scale", min: 1.5, max: 5 }))).toEqual({
      min: "must be a whole number on a scale",
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "S?", type: "scale", qualifyMin: 6 }))).toEqual({
      qualifyMin: "must be within the question's range (at most 5)",
    });
  });

  it("refuses unknown fields and unknown types", () => {
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "x", type: "single_choice", options: ["A", "B"], weight: 3 }))).toHaveProperty(
      "",
    );
    expect(fieldsOf(createQuestionSchema.safeParse({ text: "x", type: "essay" }))).toHaveProperty("type");
    expect(updateQuestionSchema.safeParse({}).success).toBe(false);
    expect(updateQuestionSchema.safeParse({ position: 3 }).success).toBe(false);
  });
});

describe("screener schema", () => {
  it("validates colour, logo URL and capacity", () => {
    expect(
      fieldsOf(updateScreenerSchema.safeParse({ brandColor: "red", logoUrl: "http://example.com/logo.png", maxParticipants: 0 })),
    ).toEqual({ brandColor: "must be a colour like #4f46e5", logoUrl: "must be an https:// URL", maxParticipants: "must be at least 1" });
    expect(updateScreenerSchema.parse({ brandColor: "#4F46E5", logoUrl: "", maxParticipants: null, description: "  " })).toEqual({
      brandColor: "#4f46e5",
      logoUrl: null,
      maxParticipants: null,
      description: null,
    });
    expect(fieldsOf(updateScreenerSchema.safeParse({ maxParticipants: 2.5 }))).toEqual({ maxParticipants: "must be a whole number" });
  });

  it("PATCH takes only documented fields and at least one", () => {
    expect(updateScreenerSchema.safeParse({ status: "active" }).success).toBe(false);
    expect(updateScreenerSchema.safeParse({ viewCount: 9 }).success).toBe(false);
    expect(updateScreenerSchema.safeParse({}).success).toBe(false);
    expect(updateScreenerSchema.safeParse({ title: "" }).success).toBe(false);
  });

  it("create may carry questions, each validated", () => {
    const r = createScreenerSchema.safeParse({
      title: "S",
      questions: [
        { text: "ok", type: "text" },
        { text: "bad", type: "single_choice", options: ["A"] },
      ],
    });
    expect(fieldsOf(r)).toEqual({ "questions.1.options": "needs at least 2 different options" });
  });
});

describe("question shape, written once", () => {
  it("types and statuses are the Prisma enums, in the schema's order", () => {
    expect(QUESTION_TYPES).toEqual(Object.values(QuestionType));
    expect(QUESTION_TYPES).toEqual(["single_choice", "multiple_choice", "text", "number", "scale", "date"]);
    expect(SCREENER_STATUSES).toEqual(Object.values(ScreenerStatus));
  });

  it("a create request names text and type; everything else takes its default, scale bounds included", () => {
    expect(createQuestionSchema.parse({ text: "How happy?", type: "scale" })).toEqual({
      text: "How happy?",
      helpText: null,
      type: "scale",
      required: true,
      options: [],
      min: 1,
      max: 5,
      qualifyOptions: [],
      disqualifyOptions: [],
      qualifyMin: null,
      qualifyMax: null,
    });
    expect(fieldsOf(createQuestionSchema.safeParse({ required: false }))).toEqual({
      text: "Invalid input: expected string, received undefined",
      type: "must be one of single_choice, multiple_choice, text, number, scale, date",
    });
    expect(fieldsOf(createScreenerSchema.safeParse({ description: "no title" }))).toEqual({
      title: "Invalid input: expected string, received undefined",
    });
  });

  it("filling the stored fields (what factories write) keeps scale bounds as given", () => {
    expect(fillQuestionFields({ text: "How happy?", type: "scale" })).toMatchObject({
      min: null,
      max: null,
      options: [],
      required: true,
      helpText: null,
    });
  });
});
