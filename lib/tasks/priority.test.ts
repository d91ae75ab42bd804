import { describe, expect, it } from "vitest";
import { computePriority, priorityFactors, priorityLabel, SIGNAL_URGENCY, type PrioritySignal } from "./priority";

const NOW = new Date("2026-06-15T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

function signal(over: Partial<PrioritySignal> = {}): PrioritySignal {
  return {
    type: "struggling_moment",
    intensity: 1,
    confidence: 1,
    createdAt: NOW,
    sessionId: "s1",
    participantKey: "p1",
    ...over,
  };
}

describe("computePriority", () => {
  it("scores a task without evidence from the neutral intensity alone", () => {
    // frequency 0 (log2(1) = 0), recency 0, intensity 50 (neutral), breadth 0, urgency 0 → 0.20 · 50 = 10
    expect(computePriority([], NOW)).toEqual({
      score: 10,
      label: "low",
      breakdown: { frequency: 0, recency: 0, intensity: 50, breadth: 0, urgency: 0 },
    });
  });

  it("scores one firing moment from today", () => {
    const result = computePriority([signal({ type: "firing_moment", intensity: 0.8, confidence: 0.9 })], NOW);
    // frequency = 100 · log2(2) / log2(20) = 100 / 4.321928 = 23.1378
    // recency   = 100 · e^0 = 100
    // intensity = 100 · 0.8 · 0.9 = 72
    // breadth   = 100 · 1 / 10 = 10
    // urgency   = 100 · 1.00 = 100
    // score     = 0.30·23.1378 + 0.20·100 + 0.20·72 + 0.15·10 + 0.15·100 = 6.9413 + 20 + 14.4 + 1.5 + 15 = 57.8413
    expect(result).toEqual({
      score: 57.8,
      label: "medium",
      breakdown: { frequency: 23.1, recency: 100, intensity: 72, breadth: 10, urgency: 100 },
    });
  });

  it("combines several sessions, participants, ages and types", () => {
    const result = computePriority(
      [
        signal({
          sessionId: "s1",
          participantKey: "ana@example.com",
          type: "struggling_moment",
          intensity: 0.9,
          confidence: 0.8,
          createdAt: daysAgo(0),
        }),
        signal({
          sessionId: "s2",
          participantKey: "ben@example.com",
          type: "workaround",
          intensity: 0.6,
          confidence: 0.5,
          createdAt: daysAgo(15),
        }),
        // the same participant again, in a later interview: a third session but still two people
        signal({
          sessionId: "s3",
          participantKey: "ana@example.com",
          type: "hiring_criteria",
          intensity: 0.4,
          confidence: 1,
          createdAt: daysAgo(45),
        }),
      ],
      NOW,
    );
    // frequency = 100 · log2(4) / log2(20) = 200 / 4.321928 = 46.2756
    // recency   = 100 · (e^0 + e^-0.5 + e^-1.5) / 3 = 100 · (1 + 0.606531 + 0.223130) / 3 = 60.9887
    // intensity = 100 · (0.72 + 0.30 + 0.40) / 3 = 47.3333
    // breadth   = 100 · 2 / 10 = 20
    // urgency   = 100 · max(0.85, 0.70, 0.30) = 85
    // score     = 13.8827 + 12.1977 + 9.4667 + 3 + 12.75 = 51.2971
    expect(result).toEqual({
      score: 51.3,
      label: "medium",
      breakdown: { frequency: 46.3, recency: 61, intensity: 47.3, breadth: 20, urgency: 85 },
    });
  });

  it("saturates frequency at 19 sessions and breadth at 10 participants", () => {
    const signals = Array.from({ length: 19 }, (_, i) => signal({ sessionId: `s${i}`, participantKey: `p${i}`, type: "workaround" }));
    // frequency = 100 · log2(20)/log2(20) = 100, recency 100, intensity 100, breadth min(100, 190) = 100, urgency 70
    // score = 30 + 20 + 20 + 15 + 10.5 = 95.5
    expect(computePriority(signals, NOW)).toEqual({
      score: 95.5,
      label: "critical",
      breakdown: { frequency: 100, recency: 100, intensity: 100, breadth: 100, urgency: 70 },
    });
    const more = [...signals, signal({ sessionId: "s99", participantKey: "p99" })];
    expect(priorityFactors(more, NOW).frequency).toBe(100);
  });

  it("counts a session and a participant once however many signals they gave", () => {
    const factors = priorityFactors([signal(), signal(), signal({ type: "desired_outcome" })], NOW);
    expect(factors.frequency).toBeCloseTo(100 / Math.log2(20), 10);
    expect(factors.breadth).toBe(10);
    expect(factors.urgency).toBe(85);
  });

  it("treats evidence dated in the future as fresh and clamps out-of-range intensity and confidence", () => {
    const factors = priorityFactors(
      [signal({ createdAt: daysAgo(-3), intensity: 1.7, confidence: -0.2 }), signal({ intensity: Number.NaN })],
      NOW,
    );
    expect(factors.recency).toBe(100);
    expect(factors.intensity).toBe(0);
  });

  it("decays recency to 1/e after 30 days", () => {
    expect(priorityFactors([signal({ createdAt: daysAgo(30) })], NOW).recency).toBeCloseTo(100 / Math.E, 10);
  });
});

describe("priorityLabel", () => {
  it.each([
    [100, "critical"],
    [80, "critical"],
    [79.9, "high"],
    [60, "high"],
    [59.9, "medium"],
    [40, "medium"],
    [39.9, "low"],
    [0, "low"],
  ] as const)("%s → %s", (score, label) => {
    expect(priorityLabel(score)).toBe(label);
  });
});

describe("SIGNAL_URGENCY", () => {
  it("has the weights of the product spec", () => {
    expect(SIGNAL_URGENCY).toEqual({
      firing_moment: 1,
      struggling_moment: 0.85,
      workaround: 0.7,
      emotional_response: 0.6,
      desired_outcome: 0.5,
      hiring_criteria: 0.3,
    });
  });
});
