// The interviewer's prompt. The stable prefix (rules + the whole phase guide) is the same for every
// turn of every interview, so it carries the prompt-cache breakpoint; the interview's state (phase,
// turns, participant, study, what to do now) follows it and changes every turn.
import type { MessageParam, TextBlockParam } from "@anthropic-ai/sdk/resources/messages";
import type { FollowUpInterviewContext } from "./follow-up-context";
import { buildFollowUpSystemPrompt } from "./follow-up-prompt";
import { buildHistory, type TranscriptMessage } from "./history";
import { languageInstruction } from "./language-instruction";
import { MAX_PARTICIPANT_TURNS, PHASES, phaseDefinition, totalTurns, type InterviewPhase, type PhaseTurns } from "./phases";

/** Replies are short: one or two sentences and a question. */
export const INTERVIEWER_MAX_TOKENS = 300;

export type InterviewerTask = "opening" | "reply" | "closing";

const RULES = `You are the interviewer in a one-to-one research interview run by a product team. You talk with a participant in a text chat. The method is the Jobs-to-be-Done "switch interview": you reconstruct, as a story told in time order, how the participant came to look for, choose and start using a product, so the team learns what job they hired it for, what pushed them away from their old way, what pulled them to the new one, what made them anxious, and which habits held them back.

Rules you follow in every message:
1. One open question at a time. Every message ends with exactly one question, except the closing message, which has none. Never ask two questions in one message, never offer a list of questions, never ask a yes/no question when an open one works ("How did you…", "What happened when…", "Tell me about…").
2. No leading questions. Do not suggest answers, feelings, reasons or options. Ask "How did that feel?", not "Was that frustrating?"; ask "What made you pick it?", not "Was it the price?". Do not assume the participant's experience was good or bad.
3. Reuse the participant's own words. When you follow up, quote or echo the exact words they used ("You said it was 'a mess every Friday' — what happens on a Friday?") instead of translating them into your vocabulary or product jargon.
4. Probe for stories, not opinions. Ask about one specific time — when it was, where they were, who was there, what they did just before and just after — rather than about "usually", "in general" or hypotheticals ("Would you…?", "Imagine…"). When an answer is vague, ask for the concrete example behind it.
5. Steer back from tangents. If the participant drifts away from the story, acknowledge what they said in a few words and bring them back to the thread of the current phase with a question. Do not follow long detours.
6. Let the participant do the talking: they should write about three times as much as you. Keep each of your messages to one or two short sentences plus the question, well under 60 words. No long summaries, no lectures, no praise beyond a brief, genuine acknowledgement.
7. Stay neutral. You do not sell, defend, explain or fix the product, and you do not give advice. If they ask you for help or for your opinion, say kindly that you are here to learn from their experience, and continue.
8. Follow the phase guide below. Stay in the current phase until the interview state tells you to move on; when it does, make a short, natural transition into the next phase.
9. Plain conversational text only: no markdown, no bullet points, no headings, no emojis, and never mention phases, budgets, turns or these instructions.
10. If asked who you are, say you are an AI interviewer helping the research team. If the participant wants to stop, thank them and tell them they can finish with the "End interview" button. Never invent facts about the participant or the product.`;

const GUIDE = PHASES.map(
  (
    p,
    i,
  ) => `${i + 1}. ${p.title} (id: ${p.id}, about ${p.minTurns === p.budget ? p.budget : `${p.minTurns}–${p.budget}`} participant answers)
   Goal: ${p.goal}
   How: ${p.guide}`,
).join("\n");

/** The stable prefix: identical for every request, so it is cached. */
export const STABLE_SYSTEM_PROMPT = `${RULES}

Phase guide — the interview moves through these phases in order:
${GUIDE}`;

export interface InterviewContext {
  task: InterviewerTask;
  /** the phase the interviewer's message belongs to */
  phase: InterviewPhase;
  /** participant turns per phase so far (including the message being answered) */
  phaseTurns: PhaseTurns;
  participantName?: string | null;
  study?: { title: string; description?: string | null } | null;
  /** set for a follow-up interview (follow-up-context.ts): its own prompt replaces the JTBD one */
  followUp?: FollowUpInterviewContext | null;
  /** the session's language (issue #17); the instruction goes after the cached prefix */
  language?: string | null;
}

function taskInstruction(ctx: InterviewContext): string {
  const def = phaseDefinition(ctx.phase);
  const inPhase = ctx.phaseTurns[ctx.phase] ?? 0;
  const left = Math.max(0, def.budget - inPhase);
  switch (ctx.task) {
    case "opening":
      return `Task: OPENING. Greet the participant${ctx.participantName ? ` by name` : ""}, say in one sentence that this is a relaxed conversation about their own experience (there are no right or wrong answers, and it takes about 20 to 30 minutes), then ask your first ${def.title.toLowerCase()} question.`;
    case "closing":
      return "Task: CLOSING. The interview is complete. Thank the participant warmly in two or three sentences, mention one thing they told you in their own words, and tell them the interview is finished and they can close the window. Do not ask any question.";
    case "reply":
      return inPhase === 0
        ? `Task: REPLY. The previous phase is complete. Acknowledge the participant's last answer in a few words, then move naturally into the ${def.title.toLowerCase()} phase with one open question.`
        : `Task: REPLY. Respond to the participant's last message with one open question that stays in the ${def.title.toLowerCase()} phase (about ${left} more answer${left === 1 ? "" : "s"} before moving on).`;
  }
}

/** The part of the system prompt that changes every turn (after the cache breakpoint). */
export function interviewStatePrompt(ctx: InterviewContext): string {
  const def = phaseDefinition(ctx.phase);
  const lines = [
    "Interview state:",
    `- Current phase: ${ctx.phase} (${def.title})`,
    `- Participant answers in this phase so far: ${ctx.phaseTurns[ctx.phase] ?? 0} of about ${def.budget}`,
    `- Participant answers overall: ${totalTurns(ctx.phaseTurns)} of at most ${MAX_PARTICIPANT_TURNS}`,
  ];
  if (ctx.participantName) lines.push(`- Participant's name: ${ctx.participantName}`);
  if (ctx.study?.title) lines.push(`- Study: ${ctx.study.title}${ctx.study.description ? ` — ${ctx.study.description}` : ""}`);
  lines.push("", taskInstruction(ctx));
  return lines.join("\n");
}

export function buildSystemPrompt(ctx: InterviewContext): TextBlockParam[] {
  // the language block comes last: every cached prefix stays byte-identical across languages
  const language = languageInstruction(ctx.language);
  const tail: TextBlockParam[] = language ? [{ type: "text", text: language }] : [];
  if (ctx.followUp) return [...buildFollowUpSystemPrompt(ctx, ctx.followUp), ...tail];
  return [
    { type: "text", text: STABLE_SYSTEM_PROMPT, cache_control: { type: "ephemeral" } },
    { type: "text", text: interviewStatePrompt(ctx) },
    ...tail,
  ];
}

export interface InterviewRequest {
  model: string;
  max_tokens: number;
  system: TextBlockParam[];
  messages: MessageParam[];
}

/** The Messages API request for the interviewer's next message. */
export function buildInterviewRequest(
  input: InterviewContext & { model: string; transcript: readonly TranscriptMessage[] },
): InterviewRequest {
  const { model, transcript, ...ctx } = input;
  return {
    model,
    max_tokens: INTERVIEWER_MAX_TOKENS,
    system: buildSystemPrompt(ctx),
    messages: buildHistory(ctx.task === "opening" ? [] : transcript),
  };
}
