// Step 4 of processing: one window of the timeline → validated signals, with Claude's structured
// output (a forced tool call whose input schema is our zod schema).
import { z } from "zod";
import { anthropicClient, anthropicModel } from "@/lib/ai/anthropic";
import { recordUsage, tokensFromAnthropicUsage } from "@/lib/ai/record-usage";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import { EXTRACTION_SYSTEM_PROMPT } from "./prompts";
import { type ExtractedSignal, extractionOutputSchema, validateExtraction } from "./signal-output";
import { renderTimeline, type TimelineEntry } from "./timeline";

export const EXTRACTION_NOT_CONFIGURED = "Signal extraction needs ANTHROPIC_API_KEY";

const tool = {
  name: "record_signals",
  description: "Record every signal found in this part of the session.",
  input_schema: z.toJSONSchema(extractionOutputSchema, { io: "input" }) as { type: "object"; [k: string]: unknown },
};

export async function extractWindowSignals(input: {
  projectId: string;
  sessionId: string;
  runId: string;
  window: TimelineEntry[];
  windowIndex: number;
  windowCount: number;
}): Promise<ExtractedSignal[]> {
  const client = anthropicClient({ notConfiguredMessage: EXTRACTION_NOT_CONFIGURED });
  const model = anthropicModel();
  const part = input.windowCount > 1 ? ` (part ${input.windowIndex + 1} of ${input.windowCount})` : "";
  const response = await client.messages.create({
    model,
    max_tokens: 4096,
    system: [{ type: "text", text: EXTRACTION_SYSTEM_PROMPT, cache_control: { type: "ephemeral" } }],
    tools: [tool],
    tool_choice: { type: "tool", name: tool.name },
    messages: [{ role: "user", content: `Session timeline${part}:\n\n${renderTimeline(input.window)}` }],
  });
  await recordUsage({
    projectId: input.projectId,
    sessionId: input.sessionId,
    runId: input.runId,
    step: `extract-${input.windowIndex}`,
    purpose: "extract",
    provider: "anthropic",
    model,
    ...tokensFromAnthropicUsage(response.usage),
  });
  const call = response.content.find((c) => c.type === "tool_use" && c.name === tool.name);
  if (!call || call.type !== "tool_use") throw new InvalidModelOutputError("The model did not return signals (no record_signals tool call)");
  return validateExtraction(call.input, input.window);
}
