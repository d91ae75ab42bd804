// The task priority formula of product.md §2.5. Pure: the caller loads the evidence and supplies `now`,
// so the same inputs always give the same score (and tests need no clock or database).
import type { PriorityLabel, SignalType } from "@/generated/prisma/enums";

/** Urgency weight of each signal type (product.md §1). */
export const SIGNAL_URGENCY: Readonly<Record<SignalType, number>> = {
  firing_moment: 1.0,
  struggling_moment: 0.85,
  workaround: 0.7,
  emotional_response: 0.6,
  desired_outcome: 0.5,
  hiring_criteria: 0.3,
};

export const PRIORITY_WEIGHTS = { frequency: 0.3, recency: 0.2, intensity: 0.2, breadth: 0.15, urgency: 0.15 } as const;

/** Score thresholds, highest first. */
export const PRIORITY_THRESHOLDS: ReadonlyArray<readonly [PriorityLabel, number]> = [
  ["critical", 80],
  ["high", 60],
  ["medium", 40],
];

/** Sessions at which frequency reaches 100: log2(19 + 1) / log2(20) = 1. */
const FREQUENCY_SATURATION = 20;
/** Participants at which breadth reaches 100. */
const BREADTH_SATURATION = 10;
/** e-folding time of recency: evidence 30 days old counts 1/e as much as evidence from today. */
const RECENCY_DAYS = 30;
/** Intensity factor when there is no evidence to average. */
const NEUTRAL_INTENSITY = 50;
const DAY_MS = 86_400_000;

export interface PrioritySignal {
  type: SignalType;
  /** 0–1 */
  intensity: number;
  /** 0–1 */
  confidence: number;
  createdAt: Date;
  sessionId: string;
  /** Who said it (participant email, external id, or the session id when anonymous); counts breadth. */
  participantKey: string;
}

export type PriorityFactor = keyof typeof PRIORITY_WEIGHTS;
export type PriorityBreakdown = Record<PriorityFactor, number>;

export interface Priority {
  /** 0–100, one decimal */
  score: number;
  label: PriorityLabel;
  /** each factor 0–100, one decimal (the score is computed from the unrounded factors) */
  breakdown: PriorityBreakdown;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function priorityLabel(score: number): PriorityLabel {
  for (const [label, min] of PRIORITY_THRESHOLDS) if (score >= min) return label;
  return "low";
}

/** The unrounded factors, each 0–100. */
export function priorityFactors(signals: readonly PrioritySignal[], now: Date): PriorityBreakdown {
  const sessions = new Set(signals.map((s) => s.sessionId)).size;
  const participants = new Set(signals.map((s) => s.participantKey)).size;
  // Evidence dated in the future (clock skew) counts as fresh, never as more than fresh.
  const ageDays = (s: PrioritySignal) => Math.max(0, now.getTime() - s.createdAt.getTime()) / DAY_MS;

  return {
    frequency: Math.min(100, (100 * Math.log2(sessions + 1)) / Math.log2(FREQUENCY_SATURATION)),
    recency: 100 * mean(signals.map((s) => Math.exp(-ageDays(s) / RECENCY_DAYS))),
    intensity: signals.length ? 100 * mean(signals.map((s) => clamp01(s.intensity) * clamp01(s.confidence))) : NEUTRAL_INTENSITY,
    breadth: Math.min(100, (100 * participants) / BREADTH_SATURATION),
    urgency: 100 * Math.max(0, ...signals.map((s) => SIGNAL_URGENCY[s.type] ?? 0)),
  };
}

export function computePriority(signals: readonly PrioritySignal[], now: Date): Priority {
  const factors = priorityFactors(signals, now);
  const raw = (Object.keys(PRIORITY_WEIGHTS) as PriorityFactor[]).reduce((sum, f) => sum + PRIORITY_WEIGHTS[f] * factors[f], 0);
  const score = round1(Math.min(100, Math.max(0, raw)));
  const breakdown = Object.fromEntries(Object.entries(factors).map(([f, v]) => [f, round1(v)])) as PriorityBreakdown;
  return { score, label: priorityLabel(score), breakdown };
}
