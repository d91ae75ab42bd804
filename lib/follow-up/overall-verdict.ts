// "Did it work?" as one answer: the rule that combines the follow-up verdicts per acceptance
// criterion (counted over participants) with the quantitative impact measurement. Pure, so every
// threshold is tested with known numbers; the reasoning is ADR 017.
import type { CriterionVerdict, MeasurementVerdict } from "@/generated/prisma/enums";

/** The rule's name, shown next to the verdict so a reader can look it up (docs/decisions/017-*). */
export const OVERALL_VERDICT_RULE = "follow-up-majority-v1";

/** A verdict below this confidence is shown but not counted: the model was unsure what the participant meant. */
export const MIN_CONFIDENCE = 0.5;
/** Participants (with at least one counted verdict) needed before anything but "not enough evidence". */
export const MIN_PARTICIPANTS = 2;
/** A criterion is fixed when at least this share of its counted participants say "fixed". */
export const FIXED_SHARE = 2 / 3;
/** A criterion is not fixed when at least this share of its counted participants say "not fixed". */
export const NOT_FIXED_SHARE = 1 / 2;

export type OverallVerdict = "verified_fixed" | "partly_fixed" | "not_fixed" | "not_enough_evidence";
export type CriterionStatus = "fixed" | "partly" | "not_fixed" | "not_enough_evidence";

export const OVERALL_VERDICT_LABELS: Record<OverallVerdict, string> = {
  verified_fixed: "Verified fixed",
  partly_fixed: "Partly fixed",
  not_fixed: "Not fixed",
  not_enough_evidence: "Not enough evidence yet",
};

export interface VerdictInput {
  sessionId: string;
  criterionIndex: number;
  verdict: CriterionVerdict;
  confidence: number;
}

export type VerdictCounts = Record<CriterionVerdict, number>;

export interface CriterionResult {
  index: number;
  /** every verdict, low-confidence ones included: what the panel shows */
  counts: VerdictCounts;
  /** fixed + partly + not fixed with confidence ≥ MIN_CONFIDENCE: what the rule uses */
  counted: number;
  lowConfidence: number;
  status: CriterionStatus;
}

export interface OverallResult {
  verdict: OverallVerdict;
  label: string;
  rule: string;
  /** one sentence: why this verdict */
  reason: string;
  /** participants with at least one counted verdict */
  participants: number;
  criteria: CriterionResult[];
  /** the impact measurement's verdict, and whether it points the same way (null: nothing to compare) */
  impact: { verdict: MeasurementVerdict | null; agrees: boolean | null };
  /** shown when participants and the numbers disagree; null when they agree or one side is missing */
  disagreement: string | null;
}

const emptyCounts = (): VerdictCounts => ({ fixed: 0, partly: 0, not_fixed: 0, not_tried: 0 });

const counts = (v: VerdictInput) => v.verdict !== "not_tried" && v.confidence >= MIN_CONFIDENCE;

function criterionStatus(c: VerdictCounts & { counted: number; countedFixed: number; countedNotFixed: number }): CriterionStatus {
  if (c.counted < MIN_PARTICIPANTS) return "not_enough_evidence";
  if (c.countedFixed / c.counted >= FIXED_SHARE) return "fixed";
  if (c.countedNotFixed / c.counted >= NOT_FIXED_SHARE) return "not_fixed";
  return "partly";
}

/**
 * How many criteria a merge is judged on: its spec's acceptance criteria, or — for an implementation
 * merged before criteria were stored — as many as the verdicts name.
 */
export function criteriaCountOf(acceptanceCriteria: readonly string[], verdicts: readonly { criterionIndex: number }[]): number {
  return acceptanceCriteria.length || verdicts.reduce((n, v) => Math.max(n, v.criterionIndex + 1), 0);
}

/**
 * `criteriaCount` is the number of acceptance criteria of the merged implementation (verdicts of
 * criteria beyond it, from an older spec, are ignored); `impact` is the latest measurement's verdict.
 */
export function overallVerdict(input: {
  criteriaCount: number;
  verdicts: VerdictInput[];
  impact: MeasurementVerdict | null;
}): OverallResult {
  // one verdict per participant and criterion (the schema's unique key is per session; a participant is a session here)
  const perCriterion = Array.from({ length: input.criteriaCount }, () => ({
    ...emptyCounts(),
    counted: 0,
    countedFixed: 0,
    countedNotFixed: 0,
    lowConfidence: 0,
  }));
  const participants = new Set<string>();
  for (const v of input.verdicts) {
    const c = perCriterion[v.criterionIndex];
    if (!c) continue;
    c[v.verdict]++;
    if (v.verdict !== "not_tried" && v.confidence < MIN_CONFIDENCE) c.lowConfidence++;
    if (!counts(v)) continue;
    participants.add(v.sessionId);
    c.counted++;
    if (v.verdict === "fixed") c.countedFixed++;
    if (v.verdict === "not_fixed") c.countedNotFixed++;
  }
  const criteria: CriterionResult[] = perCriterion.map((c, index) => ({
    index,
    counts: { fixed: c.fixed, partly: c.partly, not_fixed: c.not_fixed, not_tried: c.not_tried },
    counted: c.counted,
    lowConfidence: c.lowConfidence,
    status: criterionStatus(c),
  }));

  const judged = criteria.filter((c) => c.status !== "not_enough_evidence");
  let verdict: OverallVerdict;
  let reason: string;
  if (participants.size < MIN_PARTICIPANTS || judged.length === 0) {
    verdict = "not_enough_evidence";
    reason = `Needs at least ${MIN_PARTICIPANTS} participants who tried the change and answered clearly (${participants.size} so far).`;
  } else if (judged.length === criteria.length && judged.every((c) => c.status === "fixed")) {
    verdict = "verified_fixed";
    reason = "Every criterion was confirmed fixed by at least two thirds of the participants who tried it.";
  } else if (judged.filter((c) => c.status === "not_fixed").length * 2 >= judged.length) {
    verdict = "not_fixed";
    reason = "Participants say at least half of the judged criteria are not fixed.";
  } else {
    verdict = "partly_fixed";
    const open = criteria.length - judged.length;
    reason =
      open > 0 && judged.every((c) => c.status === "fixed")
        ? `The judged criteria are fixed; ${open} still ${open === 1 ? "needs" : "need"} more answers.`
        : "Some criteria are fixed or partly fixed, not all.";
  }

  // the numbers: they never make a verdict out of too little follow-up evidence, but "worse" blocks "verified"
  const impact = input.impact === "not_enough_data" ? null : input.impact;
  let agrees: boolean | null = null;
  let disagreement: string | null = null;
  if (impact && verdict !== "not_enough_evidence") {
    const peopleSayFixed = verdict === "verified_fixed" || verdict === "partly_fixed";
    agrees = impact === "improved" ? peopleSayFixed : impact === "worse" ? !peopleSayFixed : verdict !== "verified_fixed";
    if (!agrees) {
      disagreement =
        impact === "improved"
          ? "The problem is rarer in new sessions, but participants say it is not fixed."
          : impact === "worse"
            ? "Participants say it is fixed, but the problem is more frequent in new sessions than before the merge."
            : "Participants say it is fixed, but the problem is as frequent in new sessions as before the merge.";
    }
    if (impact === "worse" && verdict === "verified_fixed") {
      verdict = "partly_fixed";
      reason = "Participants confirmed every criterion, but the problem is more frequent in new sessions: not verified.";
    }
  }
  return {
    verdict,
    label: OVERALL_VERDICT_LABELS[verdict],
    rule: OVERALL_VERDICT_RULE,
    reason,
    participants: participants.size,
    criteria,
    impact: { verdict: input.impact, agrees },
    disagreement,
  };
}
