// Fake Claude for follow-up verdicts (lib/follow-up/extract-verdicts.ts): answers the record_verdicts
// tool call from the prompt the app sends, the way a careful model would. For each criterion it finds
// the interviewer's question that names it (the fake interviewer echoes the criterion, see
// ../fake-interviewer.ts), reads the participant's next answer, judges it from its words and quotes
// its first words exactly. A criterion nobody asked about is left out (the app records not_tried).
import { isVerdictRequest, verdictReply } from "../analysis-replies";
import type { ClaudeReply, ClaudeRequest } from "../fake-ai-server";
import { lastUserText } from "../fake-ai-server";
import { parseRenderedTimeline } from "../messy-extraction";

const RULES: [RegExp, "not_tried" | "partly" | "fixed" | "not_fixed"][] = [
  [/\b(didn't|did not|haven't|have not|couldn't|could not|never) (try|tried|get to|got to)\b/i, "not_tried"],
  [/\b(partly|partially|mostly|sometimes|better but|almost|some of)\b/i, "partly"],
  [/\b(no longer|works now|now works|it works|worked|fixed|perfect|just works)\b/i, "fixed"],
  [/\b(still|doesn't|does not|didn't work|broken|breaks|same problem)\b/i, "not_fixed"],
];

export function verdictsFor(prompt: string) {
  const criteria = [...prompt.matchAll(/^\[(\d+)\] (.+)$/gm)].map((m) => ({ index: Number(m[1]), text: m[2] }));
  const lines = parseRenderedTimeline(prompt.split("Follow-up interview timeline:")[1] ?? "");
  return criteria.flatMap((c) => {
    const asked = lines.findIndex((l) => l.speaker === "interviewer" && l.text.includes(c.text));
    const answer = asked >= 0 ? lines.slice(asked + 1).find((l) => l.speaker === "participant" && !l.action) : undefined;
    if (!answer) return [];
    const verdict = RULES.find(([re]) => re.test(answer.text))?.[1] ?? "not_tried";
    const quote = answer.text
      .split(/\s+/)
      .slice(0, 14)
      .join(" ")
      .replace(/[.,;:!?]+$/, "");
    return [{ criterionIndex: c.index, verdict, quote, confidence: verdict === "not_tried" ? 0.6 : 0.85 }];
  });
}

export const claude = (req: ClaudeRequest): ClaudeReply | undefined =>
  isVerdictRequest(req) ? verdictReply(verdictsFor(lastUserText(req))) : undefined;
