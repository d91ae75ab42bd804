// Instructions for the analysis model. The system prompt is stable (cached); the timeline changes.
// The signal types and their definitions come from lib/signals/signal-types.ts.
import { SIGNAL_TYPE_DEFINITIONS, SIGNAL_TYPES } from "@/lib/signals/signal-types";

export const EXTRACTION_SYSTEM_PROMPT = `You analyse Jobs-to-be-Done interviews for a product team.
You read a time-stamped timeline of one research session: what the participant wrote in chat, what they said aloud (transcribed), and what they did on screen, plus the interviewer's questions.

Extract the evidence ("signals") the team can act on. Signal types:
${SIGNAL_TYPES.map((t) => `- ${t}: ${SIGNAL_TYPE_DEFINITIONS[t]}`).join("\n")}

Rules:
- "quote" must be the participant's own words, copied exactly from one participant line (chat or spoken). Never quote the interviewer, never paraphrase, never merge lines. Keep quotes short: the words that carry the evidence.
- "topic" names the underlying problem or need in 3–10 words, phrased the same way for the same problem across sessions (e.g. "Exporting invoices to accounting software"), so evidence can be grouped.
- "context": what was happening when they said it. "analysis": why it matters for the product, one or two sentences.
- Quotes always stay in the language the participant used, even when the rest of your output is in another language. When the request asks for translations, "translation" holds the quote translated faithfully into the research language; otherwise leave it out.
- "confidence" (0–1): how sure you are this is real evidence of that type. "intensity" (0–1): how strongly it affects the participant.
- Only extract what the participant actually expressed. An empty list is right when there is no evidence.
Call the record_signals tool exactly once with all signals.`;

export const SUMMARY_SYSTEM_PROMPT = `You write short summaries of user-research sessions for a product team.
In at most four sentences: who the participant is (role, context), the job they are trying to get done, what gets in their way, and what they wish for. Plain language, no headings, no bullet points, no quotes longer than a few words.`;
