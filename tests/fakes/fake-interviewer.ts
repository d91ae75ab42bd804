// A deterministic stand-in for Claude as the interviewer, for the offline demo and the e2e suite:
// it reads the phase and the task from the interview-state part of the system prompt
// (lib/interviewer/prompt.ts) and answers with a plausible open question that echoes the
// participant's own words. Same request → same answer.
import { lastUserText, systemText, type ClaudeReply, type ClaudeRequest } from "./fake-ai-server";
import { fakeInterviewerLine } from "./fake-interviewer-languages";

const QUESTIONS: Record<string, string[]> = {
  rapport: [
    "To start, could you tell me a little about yourself and what your work looks like day to day?",
    "What does a typical week look like for you?",
    "Where does this kind of task fit into your week?",
    "Who else is involved when that happens?",
  ],
  first_thought: [
    "Think back to the first time you felt the old way was not working. What was going on that day?",
    "What happened just before that moment?",
    "Where were you, and who else was there?",
    "What did that cost you at the time?",
    "What did you do right after that?",
    "How often did that kind of day come back after that?",
  ],
  passive_looking: [
    "After that, what did you start to notice about other ways of doing it?",
    "Where did you first hear about other options?",
    "What kept you from doing something about it right away?",
    "What did you do in the meantime?",
  ],
  active_looking: [
    "What happened that made you start looking for a solution in earnest?",
    "Where did you look first?",
    "What did you try, and how did that go?",
    "What made you rule some options out?",
    "What were you hoping a new solution would let you do?",
    "How much time did you spend on the search?",
  ],
  deciding: [
    "Tell me about the day you decided. What made it the right moment?",
    "What almost stopped you from switching?",
    "Who else had a say in the decision?",
    "What did you need to hear or see before you were sure?",
  ],
  first_use: [
    "Walk me through the first time you used it. What did you do first?",
    "What did you expect to happen at that point?",
    "Where did you get stuck, if anywhere?",
    "What did you do when that happened?",
    "How did that make you feel?",
    "What did you do differently the second time?",
    "Which part do you still work around today?",
    "What happened the last time you used it?",
  ],
  wrap_up: [
    "Is there anything about your experience that I did not ask about but should have?",
    "If one thing could change, what would make the biggest difference for you?",
    "Is there anything else you would like to add before we finish?",
  ],
};

const ACKS = ["Thank you.", "That helps.", "I see.", "Thanks for sharing that.", "Got it."];

/** A short phrase of the participant's own words, to echo back: their first clause, if it is short. */
export function echoPhrase(text: string): string | null {
  const clause = text
    .replace(/\s+/g, " ")
    .trim()
    .split(/[.!?;\n]/)[0]
    ?.trim()
    .replace(/[,:]$/, "");
  if (!clause) return null;
  const words = clause.split(" ").length;
  return words >= 3 && words <= 12 ? clause : null;
}

/**
 * Follow-up mode (lib/interviewer/follow-up-prompt.ts): the opening quotes the participant's earlier
 * words and asks them to try the change; each probing turn names the criterion to ask about now, in
 * its own words, so the fake verdict responder (responders/verdicts.ts) can find the answer to it.
 */
function fakeFollowUpText(system: string, last: string, name: string | undefined): string {
  if (/Task: CLOSING/.test(system)) {
    const phrase = echoPhrase(last);
    return `Thank you${name ? `, ${name}` : ""}, that is everything I wanted to ask.${phrase ? ` What you said about "${phrase}" is really useful.` : ""} The interview is finished and you can close this window.`;
  }
  if (/Task: OPENING/.test(system)) {
    const earlier = /their own words\):\n- "(.+)"/.exec(system)?.[1];
    const change = /The change that shipped: (.+)/.exec(system)?.[1];
    return `Hi${name ? ` ${name}` : ""}, thanks for coming back for this short follow-up.${earlier ? ` Last time you told us "${earlier}".` : ""} The team has changed something${change ? ` (${change})` : ""}. Could you try it now and tell me what happens?`;
  }
  const criterion = /Criterion to ask about now \(\d+ of \d+\): (.+)/.exec(system)?.[1];
  if (criterion) return `Thanks. How did this part go for you: ${criterion}?`;
  if (/Current phase: wrap_up/.test(system)) return "Thank you. What, if anything, still gets in your way with this?";
  return "Thanks. What happened when you tried it?";
}

export function fakeInterviewerText(req: ClaudeRequest): string {
  const system = systemText(req);
  const translated = fakeInterviewerLine(system, req.body.messages.filter((m) => m.role === "assistant").length);
  if (translated) return translated;
  if (/Mode: follow-up/.test(system))
    return fakeFollowUpText(system, lastUserText(req), /Participant's name: (.+)/.exec(system)?.[1]?.trim());
  const phase = /Current phase: (\w+)/.exec(system)?.[1] ?? "rapport";
  const name = /Participant's name: (.+)/.exec(system)?.[1]?.trim();
  const asked = req.body.messages.filter((m) => m.role === "assistant").length;
  const last = lastUserText(req);

  if (/Task: CLOSING/.test(system)) {
    const phrase = echoPhrase(last);
    return `Thank you${name ? `, ${name}` : ""}, that is everything I wanted to ask.${phrase ? ` What you said about "${phrase}" is really useful.` : ""} The interview is finished and you can close this window.`;
  }
  if (/Task: OPENING/.test(system)) {
    return `Hi${name ? ` ${name}` : ""}, thanks for joining. This is a relaxed conversation about your own experience, and there are no right or wrong answers. ${QUESTIONS.rapport[0]}`;
  }
  const bank = QUESTIONS[phase] ?? QUESTIONS.rapport;
  const question = bank[asked % bank.length];
  const phrase = echoPhrase(last);
  const ack = ACKS[asked % ACKS.length];
  return phrase && asked % 2 === 1 ? `You said "${phrase}". ${question}` : `${ack} ${question}`;
}

/** Answers interviewer requests (recognised by their interview-state block); passes on anything else. */
export function fakeInterviewerResponder(req: ClaudeRequest): ClaudeReply | undefined {
  if (!/Interview state:/.test(systemText(req))) return undefined;
  return { text: fakeInterviewerText(req) };
}
