import { describe, expect, it } from "vitest";
import type { CriterionVerdict } from "@/generated/prisma/enums";
import { overallVerdict, type VerdictInput } from "./overall-verdict";

/** rows[p][c] is participant p's verdict on criterion c; "-" for no verdict; a trailing "?" is low confidence */
function verdicts(rows: string[][]): VerdictInput[] {
  return rows.flatMap((row, p) =>
    row.flatMap((cell, criterionIndex) =>
      cell === "-"
        ? []
        : [
            {
              sessionId: `s${p}`,
              criterionIndex,
              verdict: cell.replace("?", "") as CriterionVerdict,
              confidence: cell.endsWith("?") ? 0.3 : 0.9,
            },
          ],
    ),
  );
}

const judge = (rows: string[][], impact: Parameters<typeof overallVerdict>[0]["impact"] = null, criteriaCount = rows[0]?.length ?? 0) =>
  overallVerdict({ criteriaCount, verdicts: verdicts(rows), impact });

describe("overallVerdict", () => {
  it("verified fixed when every criterion is fixed for at least 2/3 of the participants who tried it", () => {
    const r = judge([
      ["fixed", "fixed"],
      ["fixed", "partly"],
      ["fixed", "fixed"],
    ]);
    expect(r).toMatchObject({ verdict: "verified_fixed", label: "Verified fixed", rule: "follow-up-majority-v1", participants: 3 });
    expect(r.criteria.map((c) => c.status)).toEqual(["fixed", "fixed"]);
    expect(r.criteria[1].counts).toEqual({ fixed: 2, partly: 1, not_fixed: 0, not_tried: 0 });
  });

  it("not enough evidence with fewer than 2 participants, whatever they say", () => {
    expect(judge([["fixed", "fixed"]]).verdict).toBe("not_enough_evidence");
    expect(judge([]).verdict).toBe("not_enough_evidence");
    expect(judge([], "improved", 2)).toMatchObject({ verdict: "not_enough_evidence", disagreement: null, impact: { agrees: null } });
  });

  it("not tried and low-confidence verdicts are shown in the counts but not counted", () => {
    const r = judge([
      ["fixed", "not_tried"],
      ["fixed?", "not_tried"],
      ["not_tried", "fixed"],
    ]);
    expect(r.participants).toBe(2); // s1 only gave a low-confidence verdict and a "not tried"
    expect(r.criteria[0]).toMatchObject({ counted: 1, lowConfidence: 1, status: "not_enough_evidence" });
    expect(r.criteria[0].counts).toEqual({ fixed: 2, partly: 0, not_fixed: 0, not_tried: 1 });
    expect(r.criteria[1]).toMatchObject({ counted: 1, status: "not_enough_evidence" });
    expect(r.verdict).toBe("not_enough_evidence");
  });

  it("partly fixed when the judged criteria are fixed but another still lacks answers", () => {
    const r = judge([
      ["fixed", "not_tried"],
      ["fixed", "fixed"],
    ]);
    expect(r.verdict).toBe("partly_fixed");
    expect(r.reason).toMatch(/1 still needs more answers/);
  });

  it("the 2/3 threshold: 2 of 3 fixed is fixed, 1 of 2 is partly", () => {
    expect(judge([["fixed"], ["fixed"], ["partly"]]).verdict).toBe("verified_fixed");
    expect(judge([["fixed"], ["partly"]]).verdict).toBe("partly_fixed");
  });

  it("not fixed when at least half of the judged criteria are not fixed for half their participants", () => {
    const r = judge([
      ["not_fixed", "fixed"],
      ["not_fixed", "fixed"],
    ]);
    expect(r.criteria.map((c) => c.status)).toEqual(["not_fixed", "fixed"]);
    expect(r.verdict).toBe("not_fixed");
    expect(
      judge([
        ["not_fixed", "fixed", "fixed"],
        ["partly", "fixed", "fixed"],
      ]).verdict,
    ).toBe("partly_fixed");
  });

  it("ignores verdicts on criteria the merged spec does not have", () => {
    const r = overallVerdict({
      criteriaCount: 1,
      verdicts: [...verdicts([["fixed"], ["fixed"]]), { sessionId: "s0", criterionIndex: 3, verdict: "not_fixed", confidence: 1 }],
      impact: null,
    });
    expect(r.verdict).toBe("verified_fixed");
    expect(r.criteria).toHaveLength(1);
  });

  it("the numbers agree or disagree, and a worse rate keeps a fix from being verified", () => {
    const fixed = [["fixed"], ["fixed"]];
    expect(judge(fixed, "improved")).toMatchObject({
      verdict: "verified_fixed",
      impact: { verdict: "improved", agrees: true },
      disagreement: null,
    });
    expect(judge(fixed, "not_enough_data")).toMatchObject({ verdict: "verified_fixed", impact: { agrees: null }, disagreement: null });
    const noChange = judge(fixed, "no_change");
    expect(noChange).toMatchObject({ verdict: "verified_fixed", impact: { agrees: false } });
    expect(noChange.disagreement).toMatch(/as frequent/);
    const worse = judge(fixed, "worse");
    expect(worse).toMatchObject({ verdict: "partly_fixed", impact: { agrees: false } });
    expect(worse.reason).toMatch(/not verified/);
    const notFixed = judge([["not_fixed"], ["not_fixed"]], "improved");
    expect(notFixed).toMatchObject({ verdict: "not_fixed", impact: { agrees: false } });
    expect(notFixed.disagreement).toMatch(/rarer/);
    expect(judge([["not_fixed"], ["not_fixed"]], "no_change").impact.agrees).toBe(true);
  });
});
