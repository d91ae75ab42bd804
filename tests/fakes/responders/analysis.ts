// Offline-demo responders for the processing pipeline: answer signal extraction (the record_signals
// tool call) and session summaries deterministically from the timeline the pipeline sends, so a
// session processed against the standalone fake (scripts/fake-ai-server.ts) yields real-looking
// evidence. Quotes are cut from the participant's own lines; with the "messy" behaviour
// (FAKE_AI_BEHAVIOUR=messy, or POST /__control/behaviour) they are quoted loosely, and now and then
// paraphrased, invented or incomplete, like a real model's (../messy-extraction.ts).
import { isExtractionRequest, signalExtractionReply } from "../analysis-replies";
import type { ClaudeReply, ClaudeRequest, TranscriptionResponder } from "../fake-ai-server";
import { lastUserText } from "../fake-ai-server";
import { fakeTranslation, OTHER_LANGUAGE_RULES, requestedTranslation } from "../fake-translations";
import { messySignals, parseRenderedTimeline, type RenderedLine } from "../messy-extraction";

const RULES: [RegExp, string][] = [
  [/\b(the day|that's when|when i realised|when i realized|finally decided)\b/i, "firing_moment"],
  [/\b(wish|want|would love|would be great|ideally|i need)\b/i, "desired_outcome"],
  [/\b(spreadsheet|by hand|manually|copy|paste|workaround|instead i)\b/i, "workaround"],
  [/\b(frustrat|hate|annoy|dread|angry|stress|embarrass|love)\w*/i, "emotional_response"],
  [/\b(chose|picked|switched because|decided on|price|recommend)\w*/i, "hiring_criteria"],
  [/\b(broke|break|fail|error|slow|hard|confus|stuck|never match|lost)\w*/i, "struggling_moment"],
  ...OTHER_LANGUAGE_RULES,
];

const STOP = new Set("i a an the and or but to of in on at for with my me it is was so that this we our just really very".split(" "));

function topicOf(text: string): string {
  const words = text
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()));
  const topic = words.slice(0, 6).join(" ");
  return topic.charAt(0).toUpperCase() + topic.slice(1);
}

/** The signals a faithful model would find: one per participant line that matches a rule. */
export function faithfulSignals(lines: RenderedLine[]) {
  return lines.flatMap((line, lineIndex) => {
    if (line.speaker !== "participant" || line.action) return [];
    const rule = RULES.find(([re]) => re.test(line.text));
    if (!rule) return [];
    const quote = line.text
      .split(/\s+/)
      .slice(0, 14)
      .join(" ")
      .replace(/[.,;:!?]+$/, "");
    const signal = {
      type: rule[1],
      quote,
      topic: topicOf(line.text),
      context: "Said during the interview",
      analysis: "Demo analysis from the offline fake.",
      confidence: 0.8,
      intensity: 0.6,
    };
    return [{ lineIndex, signal }];
  });
}

export function claude(req: ClaudeRequest): ClaudeReply | undefined {
  const timeline = lastUserText(req);
  if (!timeline.startsWith("Session timeline")) return undefined;
  const lines = parseRenderedTimeline(timeline);
  if (isExtractionRequest(req)) {
    const picks = faithfulSignals(lines).slice(0, 20);
    const signals =
      req.behaviour.quotes === "messy" ? messySignals(lines, picks, req.behaviour.seed).map((m) => m.signal) : picks.map((p) => p.signal);
    const into = requestedTranslation(timeline);
    return signalExtractionReply(
      into ? signals.map((s) => ({ ...s, translation: fakeTranslation(String(s.quote ?? ""), into) })) : signals,
    );
  }
  const said = lines.filter((l) => l.speaker === "participant" && !l.action);
  const first = said[0]?.text ?? "The participant said little.";
  return {
    text: `Offline demo summary: the participant started with "${first.slice(0, 120)}" and described ${said.length} moments worth following up.`,
  };
}

/** A recording's span; a voice interview's turn (a file named turn-…) is left to voice-turns.ts. */
export const transcription: TranscriptionResponder = (req) => {
  if (req.file?.name.startsWith("turn-")) return undefined;
  return "This is an offline demo transcript of what the participant said.";
};
