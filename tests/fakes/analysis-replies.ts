// Scripted answers of the fake Claude for the processing pipeline: the record_signals tool call
// (signal extraction) and the plain-text summary. Shared by the pipeline, journey and smoke tests
// and the offline-demo responders.
import type { ClaudeReply, ClaudeRequest } from "./fake-ai-server";

export function signalExtractionReply(signals: object[]): ClaudeReply {
  return { content: [{ type: "tool_use", name: "record_signals", input: { signals } }], stopReason: "tool_use" };
}

export function isExtractionRequest(req: ClaudeRequest): boolean {
  return Boolean(req.body.tools?.some((t: { name?: string }) => t.name === "record_signals"));
}

/** Extraction calls get `signals`; every other call (the summary) gets `summary`. */
export function analysisResponder(signals: object[], summary: string) {
  return (req: ClaudeRequest): ClaudeReply => (isExtractionRequest(req) ? signalExtractionReply(signals) : { text: summary });
}

// ───────── Follow-up verdicts (lib/follow-up/extract-verdicts.ts: the record_verdicts tool call) ─────────

export function isVerdictRequest(req: ClaudeRequest): boolean {
  return Boolean(req.body.tools?.some((t: { name?: string }) => t.name === "record_verdicts"));
}

export function verdictReply(verdicts: object[]): ClaudeReply {
  return { content: [{ type: "tool_use", name: "record_verdicts", input: { verdicts } }], stopReason: "tool_use" };
}

/**
 * Answers a real model gives now and then, none of them usable as they are: each must fail the step
 * (retried) or, for a quote nobody said, lose its quote. Keyed for `it.each`.
 */
export const UNUSABLE_VERDICT_REPLIES = {
  /** a criterion that does not exist (the spec has fewer) */
  unknownCriterion: verdictReply([{ criterionIndex: 7, verdict: "fixed", quote: null, confidence: 0.9 }]),
  /** the same criterion twice, disagreeing with itself */
  judgedTwice: verdictReply([
    { criterionIndex: 0, verdict: "fixed", quote: null, confidence: 0.9 },
    { criterionIndex: 0, verdict: "not_fixed", quote: null, confidence: 0.6 },
  ]),
  /** a verdict outside the enum and a confidence above 1 */
  badToolInput: verdictReply([{ criterionIndex: 0, verdict: "maybe", quote: "it works", confidence: 1.5 }]),
  /** verdicts as a string instead of a list */
  malformedToolInput: {
    content: [{ type: "tool_use", name: "record_verdicts", input: { verdicts: "all fixed" } }],
    stopReason: "tool_use",
  },
  /** prose instead of the tool call */
  noToolCall: { text: "Overall the participant seems happy with the change." },
  /** a 200 whose body is not JSON */
  invalidJson: { malformed: "invalid_json" },
} satisfies Record<string, ClaudeReply>;

/** A rate limit the way Anthropic sends it (429, rate_limit_error, retry-after in seconds). */
export const VERDICT_RATE_LIMITED: ClaudeReply = {
  error: {
    status: 429,
    type: "rate_limit_error",
    message: "Number of request tokens has exceeded your per-minute rate limit",
    retryAfter: 5,
  },
};
