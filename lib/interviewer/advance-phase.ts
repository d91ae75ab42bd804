// Pure phase logic: where the interview goes after the participant's turns so far. A discovery
// interview follows the JTBD phases (phases.ts); a follow-up interview follows a short plan of its own
// (follow-up-plan.ts) through the same machinery.
import { MAX_PARTICIPANT_TURNS, PHASES, totalTurns, type InterviewPhase, type PhaseDefinition, type PhaseTurns } from "./phases";

/** The phases an interview goes through, in order, with their budgets, and its hard cap on answers. */
export interface InterviewPlan {
  phases: readonly Pick<PhaseDefinition, "id" | "budget" | "minTurns">[];
  maxTurns: number;
}

export const DISCOVERY_PLAN: InterviewPlan = { phases: PHASES, maxTurns: MAX_PARTICIPANT_TURNS };

export interface PhaseDecision {
  /** the phase the interviewer's next message belongs to */
  phase: InterviewPhase;
  /** the budget of the last phase, or the hard cap, is reached: close and end the interview */
  shouldEnd: boolean;
}

/**
 * Given the participant's turns per phase (already counting the latest message) and the phase the
 * interview was in, decide the phase of the interviewer's next message and whether to end.
 * - a phase whose budget is used up hands over to the next one (phases already used up are skipped);
 * - when the turns left before the hard cap would not leave the last phase its minimum, jump to it;
 * - the last phase ends the interview at its budget, and the hard cap ends it wherever it is.
 */
export function advancePhase(input: { currentPhase: InterviewPhase; phaseTurns: PhaseTurns; plan?: InterviewPlan }): PhaseDecision {
  const plan = input.plan ?? DISCOVERY_PLAN;
  const turns = (p: InterviewPhase) => input.phaseTurns[p] ?? 0;
  const total = totalTurns(input.phaseTurns);
  if (total >= plan.maxTurns) return { phase: input.currentPhase, shouldEnd: true };

  const last = plan.phases[plan.phases.length - 1];
  // a phase outside the plan (a follow-up session still on the default phase) starts at the plan's first
  let i = Math.max(
    0,
    plan.phases.findIndex((p) => p.id === input.currentPhase),
  );
  while (i < plan.phases.length - 1 && turns(plan.phases[i].id) >= plan.phases[i].budget) i++;
  if (i < plan.phases.length - 1 && plan.maxTurns - total <= last.minTurns) i = plan.phases.length - 1;
  const phase = plan.phases[i].id;
  return { phase, shouldEnd: phase === last.id && turns(last.id) >= last.budget };
}

/** Counts one more participant message in `phase` and decides what comes next. */
export function recordParticipantTurn(input: { currentPhase: InterviewPhase; phaseTurns: PhaseTurns; plan?: InterviewPlan }) {
  const phaseTurns: PhaseTurns = { ...input.phaseTurns, [input.currentPhase]: (input.phaseTurns[input.currentPhase] ?? 0) + 1 };
  return { phaseTurns, participantTurns: totalTurns(phaseTurns), ...advancePhase({ ...input, phaseTurns }) };
}

/** Whether stored counters say the interview is over (its last reply is the closing message). */
export function isInterviewComplete(input: { currentPhase: InterviewPhase; phaseTurns: PhaseTurns; plan?: InterviewPlan }): boolean {
  return advancePhase(input).shouldEnd;
}
