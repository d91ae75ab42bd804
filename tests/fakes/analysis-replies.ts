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
