// The verdict of an impact measurement from the two sides' counts. Pure, so every rule is tested
// with known numbers: "not enough data" is a result of its own, never 100 % or "improved".
import type { MeasurementVerdict } from "@/generated/prisma/client";

/** A relative change of this size or more (20 %) counts as a change. */
export const CHANGE_THRESHOLD = 0.2;

export interface SideCounts {
  sessions: number;
  /** sessions with at least one signal matching the task's evidence pattern */
  hits: number;
}

export interface Verdict {
  baselineRate: number | null;
  currentRate: number | null;
  changePercent: number | null;
  verdict: MeasurementVerdict;
}

export function judgeImpact(baseline: SideCounts, current: SideCounts, minSessions: number): Verdict {
  const baselineRate = baseline.sessions > 0 ? baseline.hits / baseline.sessions : null;
  const currentRate = current.sessions > 0 ? current.hits / current.sessions : null;
  if (current.sessions < minSessions || baselineRate === null || currentRate === null) {
    return { baselineRate, currentRate, changePercent: null, verdict: "not_enough_data" };
  }
  if (baselineRate === 0) {
    // nothing to reduce: any occurrence now is new, and a relative change is undefined
    return { baselineRate, currentRate, changePercent: currentRate === 0 ? 0 : null, verdict: currentRate === 0 ? "no_change" : "worse" };
  }
  // judged on the rounded percentage that is stored and shown, so 0.4 vs 0.5 is exactly −20 % (floats say −19.99…)
  const changePercent = Math.round(((currentRate - baselineRate) / baselineRate) * 1000) / 10;
  const threshold = CHANGE_THRESHOLD * 100;
  const verdict: MeasurementVerdict = changePercent <= -threshold ? "improved" : changePercent >= threshold ? "worse" : "no_change";
  return { baselineRate, currentRate, changePercent, verdict };
}
