// The follow-up interview's length and how it maps onto the phase machinery (advance-phase.ts).
//
// Budget: 2 participant answers per acceptance criterion (the first reaction, one probe) + 3 (trying
// the change after the reminder, and two to wrap up), capped at 15 answers. At the 30–40 s a short
// chat answer takes, 15 answers stay within the 10 minutes of turns.
//
// Phases: the simplest honest mapping reuses three of the JTBD phase ids instead of adding new ones
// (the enum is shared with every discovery interview and its analytics):
//   rapport   — 1 answer: the opening greets, reminds the participant what they said, and asks them
//               to try the change; their answer is how that went;
//   first_use — the criteria, probed in order (this IS the participant's first use of the change);
//   wrap_up   — 2 answers: anything else, then the closing message ends the interview as usual.
// The budgets add up to the cap, so the interview ends when the wrap-up's budget is used.
import type { InterviewPlan } from "./advance-phase";

export const FOLLOW_UP_MAX_TURNS = 15;
export const FOLLOW_UP_TURNS_PER_CRITERION = 2;
const OPENING_TURNS = 1;
const WRAP_UP_TURNS = 2;

export function followUpPlan(criteriaCount: number): InterviewPlan {
  const maxTurns = Math.min(
    FOLLOW_UP_MAX_TURNS,
    FOLLOW_UP_TURNS_PER_CRITERION * Math.max(0, criteriaCount) + OPENING_TURNS + WRAP_UP_TURNS,
  );
  const probing = maxTurns - OPENING_TURNS - WRAP_UP_TURNS;
  return {
    maxTurns,
    phases: [
      { id: "rapport", budget: OPENING_TURNS, minTurns: OPENING_TURNS },
      { id: "first_use", budget: probing, minTurns: probing },
      { id: "wrap_up", budget: WRAP_UP_TURNS, minTurns: 1 },
    ],
  };
}

/**
 * The criterion the next question probes, from the answers given so far in first_use: the probing
 * turns are shared out evenly, in order (2 each, or 1 each when the cap leaves fewer turns).
 */
export function criterionToProbe(input: { criteriaCount: number; probingTurnsSoFar: number }): number | null {
  const n = input.criteriaCount;
  if (n <= 0) return null;
  const probing = followUpPlan(n).phases[1].budget;
  if (probing <= 0) return null;
  return Math.min(n - 1, Math.floor((input.probingTurnsSoFar * n) / probing));
}
