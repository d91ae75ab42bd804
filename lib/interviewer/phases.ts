// The JTBD "switch interview": seven phases with participant-turn budgets (product.md §2.2).
import { z } from "zod";
import type { InterviewPhase } from "@/generated/prisma/enums";

export type { InterviewPhase };

export interface PhaseDefinition {
  id: InterviewPhase;
  title: string;
  /** participant messages in this phase before the interviewer moves on */
  budget: number;
  /** the fewest turns the phase gets when the hard cap forces an early move (wrap_up only) */
  minTurns: number;
  /** what the interviewer is after, for the prompt's phase guide */
  goal: string;
  /** how to get there: angles and example open questions */
  guide: string;
}

export const PHASES: readonly PhaseDefinition[] = [
  {
    id: "rapport",
    title: "Rapport",
    budget: 4,
    minTurns: 4,
    goal: "Put the participant at ease and learn who they are: their role, their day, the context in which the product's job shows up.",
    guide:
      "Start light and personal. Ask about their work or situation, what a normal week looks like, and where the job the product does fits into it. Show genuine curiosity; no product questions yet.",
  },
  {
    id: "first_thought",
    title: "First thought",
    budget: 6,
    minTurns: 6,
    goal: "Find the first moment they thought the old way was not good enough: the struggling moment that started the switch.",
    guide:
      "Go back in time to a concrete day. When did they first think 'there has to be a better way'? What happened just before? Where were they, who was involved, what did it cost them? Ask for the story, then for details of that one occasion.",
  },
  {
    id: "passive_looking",
    title: "Passive looking",
    budget: 4,
    minTurns: 4,
    goal: "Understand the period of noticing alternatives without actively searching.",
    guide:
      "What did they notice once the problem was on their mind: a colleague's tool, an ad, an article? What did they do about it, and what kept them from acting right away?",
  },
  {
    id: "active_looking",
    title: "Active looking",
    budget: 6,
    minTurns: 6,
    goal: "Understand the active search: what pushed them to look in earnest, what they tried and compared, and what mattered.",
    guide:
      "What event turned noticing into searching? Where did they look, what did they try, what did they rule out and why? What were they hoping a solution would let them do? Ask about specific options and moments.",
  },
  {
    id: "deciding",
    title: "Deciding",
    budget: 4,
    minTurns: 4,
    goal: "Find the moment of decision: what tipped it, what almost stopped them, who else had a say.",
    guide:
      "Walk through the day they decided. What made it the right moment? What worried them about switching (anxieties, habits of the old way)? Who else was involved and what did they need to hear?",
  },
  {
    id: "first_use",
    title: "First use",
    budget: 8,
    minTurns: 8,
    goal: "Learn what happened the first times they used the product: expectations against reality, struggles, workarounds, emotions.",
    guide:
      "Ask them to walk you through the first time they used it, step by step. Where did it match what they hoped, where did they get stuck, what did they do instead? Probe every workaround and every strong feeling: what happened, what did they do next?",
  },
  {
    id: "wrap_up",
    title: "Wrap-up",
    budget: 3,
    minTurns: 2,
    goal: "Close warmly: anything important not yet said, and what would make the biggest difference for them.",
    guide:
      "Ask whether there is anything about their experience you did not ask about, or what one thing would make the biggest difference. Then thank them.",
  },
];

export const PHASE_IDS = PHASES.map((p) => p.id) as readonly InterviewPhase[];
export const FIRST_PHASE: InterviewPhase = "rapport";
export const LAST_PHASE: InterviewPhase = "wrap_up";

/** The interview ends itself after this many participant messages, whatever the phase. */
export const MAX_PARTICIPANT_TURNS = 35;

/** Longest participant message, in characters (Unicode code points). */
export const MAX_MESSAGE_CHARS = 4000;

export function phaseDefinition(phase: InterviewPhase): PhaseDefinition {
  const def = PHASES.find((p) => p.id === phase);
  if (!def) throw new Error(`Unknown interview phase: ${phase}`);
  return def;
}

export function nextPhaseOf(phase: InterviewPhase): InterviewPhase | null {
  const i = PHASE_IDS.indexOf(phase);
  return i >= 0 && i < PHASE_IDS.length - 1 ? PHASE_IDS[i + 1] : null;
}

/** Participant turns per phase, as persisted in Session.phaseTurns. */
export type PhaseTurns = Partial<Record<InterviewPhase, number>>;

const phaseTurnsSchema = z.record(z.string(), z.unknown());

/** Reads Session.phaseTurns defensively: unknown keys and non-numbers are dropped. */
export function parsePhaseTurns(value: unknown): PhaseTurns {
  const parsed = phaseTurnsSchema.safeParse(value);
  const turns: PhaseTurns = {};
  if (!parsed.success) return turns;
  for (const id of PHASE_IDS) {
    const n = parsed.data[id];
    if (typeof n === "number" && Number.isFinite(n) && n > 0) turns[id] = Math.floor(n);
  }
  return turns;
}

export function totalTurns(turns: PhaseTurns): number {
  return PHASE_IDS.reduce((sum, id) => sum + (turns[id] ?? 0), 0);
}

/** Message length as people count it (code points, so an emoji is one character). */
export function messageLength(text: string): number {
  return Array.from(text).length;
}
