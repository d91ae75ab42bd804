import { describe, expect, it } from "vitest";
import { nearMisses, redactedCases } from "@/tests/fixtures/pii/cases";
import { redactPii } from "./redact-pii";

describe("redactPii", () => {
  it("has at least 60 fixture strings", () => {
    expect(redactedCases.length + nearMisses.length).toBeGreaterThanOrEqual(60);
  });

  it.each(redactedCases)("redacts %#: $input", ({ input, expected }) => {
    expect(redactPii(input).text).toBe(expected);
  });

  it.each(nearMisses)("leaves near-miss %#: $input", ({ input }) => {
    const result = redactPii(input);
    expect(result.text).toBe(input);
    expect(result.found).toEqual([]);
  });

  it("reports each match's kind and position in the original text", () => {
    const text = "a@b.io then 123-45-6789";
    expect(redactPii(text).found).toEqual([
      { kind: "email", start: 0, end: 6 },
      { kind: "national_id", start: 12, end: 23 },
    ]);
  });
});
