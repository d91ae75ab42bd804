import type { Measurement } from "@/generated/prisma/client";

export function measurementView(m: Measurement) {
  return {
    id: m.id,
    implementationId: m.implementationId,
    verdict: m.verdict,
    windowDays: m.windowDays,
    baseline: { from: m.baselineFrom, to: m.baselineTo, rate: m.baselineRate, sessions: m.baselineSessions },
    current: { from: m.currentFrom, to: m.currentTo, rate: m.currentRate, sessions: m.currentSessions },
    changePercent: m.changePercent,
    createdAt: m.createdAt,
  };
}

export type MeasurementView = ReturnType<typeof measurementView>;
