// Offline-demo responders for the processing pipeline: answer signal extraction (the record_signals
// tool call) and session summaries deterministically from the timeline the pipeline sends, so a
// session processed against the standalone fake (scripts/fake-ai-server.ts) yields real-looking
// evidence. Quotes are cut from the participant's own lines, as the pipeline requires.
import { isExtractionRequest, signalExtractionReply } from "../analysis-replies";
import type { ClaudeReply, ClaudeRequest } from "../fake-ai-server";
import { lastUserText } from "../fake-ai-server";

const RULES: [RegExp, string][] = [
  [/\b(the day|that's when|when i realised|when i realized|finally decided)\b/i, "firing_moment"],
  [/\b(wish|want|would love|would be great|ideally|i need)\b/i, "desired_outcome"],
  [/\b(spreadsheet|by hand|manually|copy|paste|workaround|instead i)\b/i, "workaround"],
  [/\b(frustrat|hate|annoy|dread|angry|stress|embarrass|love)\w*/i, "emotional_response"],
  [/\b(chose|picked|switched because|decided on|price|recommend)\w*/i, "hiring_criteria"],
  [/\b(broke|break|fail|error|slow|hard|confus|stuck|never match|lost)\w*/i, "struggling_moment"],
];

const STOP = new Set("i a an the and or but to of in on at for with my me it is was so that this we our just really very".split(" "));

function participantLines(timeline: string): string[] {
  return timeline
    .split("\n")
    .map((l) => /^\[\d+:\d+\] Participant(?: \(spoken\))?: (.+)$/.exec(l)?.[1]?.trim())
    .filter((t): t is string => Boolean(t));
}

function topicOf(text: string): string {
  const words = text.replace(/[^\p{L}\p{N}' ]+/gu, " ").split(/\s+/).filter((w) => w && !STOP.has(w.toLowerCase()));
  const topic = words.slice(0, 6).join(" ");
  return topic.charAt(0).toUpperCase() + topic.slice(1);
}

export function claude(req: ClaudeRequest): ClaudeReply | undefined {
  const timeline = lastUserText(req);
  if (!timeline.startsWith("Session timeline")) return undefined;
  const lines = participantLines(timeline);
  if (isExtractionRequest(req)) {
    const signals = lines.flatMap((line) => {
      const rule = RULES.find(([re]) => re.test(line));
      if (!rule) return [];
      const quote = line.split(/\s+/).slice(0, 14).join(" ").replace(/[.,;:!?]+$/, "");
      return [{ type: rule[1], quote, topic: topicOf(line), context: "Said during the interview", analysis: "Demo analysis from the offline fake.", confidence: 0.8, intensity: 0.6 }];
    });
    return signalExtractionReply(signals.slice(0, 20));
  }
  const first = lines[0] ?? "The participant said little.";
  return { text: `Offline demo summary: the participant started with "${first.slice(0, 120)}" and described ${lines.length} moments worth following up.` };
}

export function transcription(): string {
  return "This is an offline demo transcript of what the participant said.";
}
