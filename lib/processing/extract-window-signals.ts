// Step 4 of processing: one window of the timeline → validated signals, with Claude's structured
// output (a forced tool call whose input schema is our zod schema). Signals whose quote is not the
// participant's words are dropped and counted (signal-output.ts); a failed call or an unusable
// answer throws, and the step is retried (inngest/step-policy.ts).
import { z } from "zod";
import { anthropicClient, anthropicModel } from "@/lib/ai/anthropic";
import { recordUsage, tokensFromAnthropicUsage } from "@/lib/ai/record-usage";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import { extractionLanguageNote, needsTranslation, type AnalysisLanguages } from "./analysis-languages";
import { EXTRACTION_SYSTEM_PROMPT } from "./prompts";
import { extractionOutputSchema, validateExtraction, type ValidatedExtraction } from "./signal-output";
import { renderTimeline, type TimelineEntry } from "./timeline";

export const EXTRACTION_NOT_CONFIGURED = "Signal extraction needs ANTHROPIC_API_KEY";
export const EXTRACTION_TIMEOUT_MS = 120_000;

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
  /** deadline for the call (default 120 s); a hung connection is an error worth retrying */
  timeoutMs?: number;
  /** the session's and the research language (issue #17); omitted = no language instructions */
  languages?: AnalysisLanguages;
}): Promise<ValidatedExtraction> {
  const client = anthropicClient({ notConfiguredMessage: EXTRACTION_NOT_CONFIGURED });
  const model = anthropicModel();
  const note = extractionLanguageNote(input.languages);
  const languageNote = note ? `\n\n${note}` : "";
  const part = input.windowCount > 1 ? ` (part ${input.windowIndex + 1} of ${input.windowCount})` : "";
  const response = await client.messages.create(
    {
      model,
      max_tokens: 4096,
      system: [{ type: "text", text: EXTRACTION_SYSTEM_PROMPT, cache_control: { type: "ephemeral" } }],
      tools: [tool],
      tool_choice: { type: "tool", name: tool.name },
      messages: [{ role: "user", content: `Session timeline${part}:\n\n${renderTimeline(input.window)}${languageNote}` }],
    },
    { timeout: input.timeoutMs ?? EXTRACTION_TIMEOUT_MS },
  );
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
  if (!call || call.type !== "tool_use")
    throw new InvalidModelOutputError("The model did not return signals (no record_signals tool call)");
  return validateExtraction(call.input, input.window, { translate: needsTranslation(input.languages) });
}
