import { describe, expect, it } from "vitest";
import { advancePhase, isInterviewComplete, recordParticipantTurn } from "./advance-phase";
import { MAX_PARTICIPANT_TURNS, PHASES, type InterviewPhase, type PhaseTurns } from "./phases";

/** Plays n participant turns from the start, returning the state after each. */
function play(n: number) {
  let state: { currentPhase: InterviewPhase; phaseTurns: PhaseTurns } = { currentPhase: "rapport", phaseTurns: {} };
  const steps: ReturnType<typeof recordParticipantTurn>[] = [];
  for (let i = 0; i < n; i++) {
    const step = recordParticipantTurn(state);
    steps.push(step);
    state = { currentPhase: step.phase, phaseTurns: step.phaseTurns };
    if (step.shouldEnd) break;
  }
  return steps;
}

describe("advancePhase", () => {
  it("walks the seven phases with their budgets and ends after the wrap-up, at 35 turns", () => {
    const steps = play(100);
    expect(steps).toHaveLength(MAX_PARTICIPANT_TURNS);
    expect(steps.at(-1)).toMatchObject({ shouldEnd: true, phase: "wrap_up", participantTurns: 35 });
    expect(steps.at(-1)!.phaseTurns).toEqual({
      rapport: 4,
      first_thought: 6,
      passive_looking: 4,
      active_looking: 6,
      deciding: 4,
      first_use: 8,
      wrap_up: 3,
    });
    // the phase changes right after each budget is used up
    expect(steps[2].phase).toBe("rapport");
    expect(steps[3].phase).toBe("first_thought");
    expect(steps[9].phase).toBe("passive_looking");
    expect(steps[31].phase).toBe("wrap_up");
    expect(steps.slice(0, -1).every((s) => !s.shouldEnd)).toBe(true);
  });

  it("stays in a phase until its budget is used", () => {
    expect(advancePhase({ currentPhase: "first_use", phaseTurns: { first_use: 7 } })).toEqual({ phase: "first_use", shouldEnd: false });
    expect(advancePhase({ currentPhase: "first_use", phaseTurns: { first_use: 8 } })).toEqual({ phase: "wrap_up", shouldEnd: false });
  });

  it("skips phases whose budget is already used", () => {
    expect(advancePhase({ currentPhase: "rapport", phaseTurns: { rapport: 4, first_thought: 6 } }).phase).toBe("passive_looking");
  });

  it("ends at the hard cap wherever it is, and jumps to the wrap-up when only its minimum is left", () => {
    expect(advancePhase({ currentPhase: "first_use", phaseTurns: { rapport: 30, first_use: 5 } })).toEqual({
      phase: "first_use",
      shouldEnd: true,
    });
    // 33 turns used: 2 left, the wrap-up's minimum
    expect(advancePhase({ currentPhase: "first_use", phaseTurns: { rapport: 28, first_use: 5 } })).toEqual({
      phase: "wrap_up",
      shouldEnd: false,
    });
  });

  it("ends the wrap-up at its budget", () => {
    const wrap = PHASES.at(-1)!;
    expect(wrap).toMatchObject({ id: "wrap_up", minTurns: 2, budget: 3 });
    expect(isInterviewComplete({ currentPhase: "wrap_up", phaseTurns: { wrap_up: 2 } })).toBe(false);
    expect(isInterviewComplete({ currentPhase: "wrap_up", phaseTurns: { wrap_up: 3 } })).toBe(true);
    expect(isInterviewComplete({ currentPhase: "rapport", phaseTurns: {} })).toBe(false);
  });
});
