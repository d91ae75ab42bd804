// Pure phase logic: where the interview goes after the participant's turns so far.
import {
  LAST_PHASE,
  MAX_PARTICIPANT_TURNS,
  nextPhaseOf,
  phaseDefinition,
  totalTurns,
  type InterviewPhase,
  type PhaseTurns,
} from "./phases";

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
 * - when the turns left before the hard cap would not leave the wrap-up its minimum, jump to it;
 * - the wrap-up ends the interview at its budget, and the hard cap ends it wherever it is.
 */
export function advancePhase(input: { currentPhase: InterviewPhase; phaseTurns: PhaseTurns }): PhaseDecision {
  const turns = (p: InterviewPhase) => input.phaseTurns[p] ?? 0;
  const total = totalTurns(input.phaseTurns);
  if (total >= MAX_PARTICIPANT_TURNS) return { phase: input.currentPhase, shouldEnd: true };

  let phase = input.currentPhase;
  while (phase !== LAST_PHASE && turns(phase) >= phaseDefinition(phase).budget) phase = nextPhaseOf(phase) ?? LAST_PHASE;
  const wrapUp = phaseDefinition(LAST_PHASE);
  if (phase !== LAST_PHASE && MAX_PARTICIPANT_TURNS - total <= wrapUp.minTurns) phase = LAST_PHASE;
  return { phase, shouldEnd: phase === LAST_PHASE && turns(LAST_PHASE) >= wrapUp.budget };
}

/** Counts one more participant message in `phase` and decides what comes next. */
export function recordParticipantTurn(input: { currentPhase: InterviewPhase; phaseTurns: PhaseTurns }) {
  const phaseTurns: PhaseTurns = { ...input.phaseTurns, [input.currentPhase]: (input.phaseTurns[input.currentPhase] ?? 0) + 1 };
  return { phaseTurns, participantTurns: totalTurns(phaseTurns), ...advancePhase({ currentPhase: input.currentPhase, phaseTurns }) };
}

/** Whether stored counters say the interview is over (its last reply is the closing message). */
export function isInterviewComplete(input: { currentPhase: InterviewPhase; phaseTurns: PhaseTurns }): boolean {
  return advancePhase(input).shouldEnd;
}
