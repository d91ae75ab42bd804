// Processing step for a follow-up session: Claude judges each acceptance criterion of the change
// that shipped from the participant's own words — fixed / partly / not fixed / not tried — with a
// forced tool call whose input schema is our zod schema (verdict-output.ts). An unusable answer
// throws InvalidModelOutputError and the step is retried (inngest/step-policy.ts); the validated
// verdicts replace the session's earlier ones (save-verdicts.ts).
import { z } from "zod";
import { anthropicClient, anthropicModel } from "@/lib/ai/anthropic";
import { recordUsage, tokensFromAnthropicUsage } from "@/lib/ai/record-usage";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import { loadSessionTimeline } from "@/lib/processing/load-session-timeline";
import { renderTimeline } from "@/lib/processing/timeline";
import { loadFollowUpTarget } from "./follow-up-target";
import { saveVerdicts } from "./save-verdicts";
import { validateVerdicts, verdictOutputSchema, type ValidatedVerdicts } from "./verdict-output";

export const VERDICTS_NOT_CONFIGURED = "Judging follow-up interviews needs ANTHROPIC_API_KEY";
export const VERDICTS_TIMEOUT_MS = 120_000;
/** A follow-up is short (≤ 15 answers); this only guards against a pathological transcript. */
const MAX_TIMELINE_CHARS = 60_000;

const tool = {
  name: "record_verdicts",
  description: "Record one verdict per acceptance criterion.",
  input_schema: z.toJSONSchema(verdictOutputSchema, { io: "input" }) as { type: "object"; [k: string]: unknown },
};

export const VERDICT_SYSTEM_PROMPT = `You judge follow-up interviews for a product team. A change was shipped to fix a problem participants had described; in this follow-up interview one of those participants was asked to try the change, and each acceptance criterion of the change was probed.
For every acceptance criterion (numbered from 0), decide from what the PARTICIPANT said or did — never from the interviewer's words:
- fixed: they tried it and it now works for them as the criterion describes.
- partly: they tried it; it is better but not fully as described, or works only sometimes.
- not_fixed: they tried it and the problem is still there.
- not_tried: they did not try that part, or said nothing clear about it.
Rules:
- "quote" is the participant's own words, copied exactly from one participant line: the shortest passage that supports the verdict. Use null only for not_tried when they said nothing about it.
- "confidence" (0–1): how clearly the participant's words support the verdict.
- One entry per criterion, with its number as criterionIndex. Do not invent criteria.
Call the record_verdicts tool exactly once.`;

function clip(text: string): string {
  return text.length <= MAX_TIMELINE_CHARS ? text : `${text.slice(0, MAX_TIMELINE_CHARS / 2)}\n[…]\n${text.slice(-MAX_TIMELINE_CHARS / 2)}`;
}

export function renderVerdictPrompt(input: { taskTitle: string; criteria: readonly string[]; timeline: string }): string {
  return [
    `Task: ${input.taskTitle}`,
    "",
    "Acceptance criteria:",
    ...input.criteria.map((c, i) => `[${i}] ${c}`),
    "",
    "Follow-up interview timeline:",
    "",
    clip(input.timeline),
  ].join("\n");
}

export type VerdictStepOutput = { verdicts: number; quotesDropped: number; skipped: number; taskVerified?: boolean; reason?: string };

/**
 * Judges a follow-up session and saves its verdicts. A discovery session, or a follow-up whose change
 * has no acceptance criteria, has nothing to judge: it returns a reason and touches nothing.
 */
export async function extractVerdicts(input: {
  projectId: string;
  sessionId: string;
  runId: string;
  timeoutMs?: number;
}): Promise<VerdictStepOutput> {
  const target = await loadFollowUpTarget({ sessionId: input.sessionId });
  if (!target) return { verdicts: 0, quotesDropped: 0, skipped: 0, reason: "Not a follow-up with acceptance criteria" };
  const client = anthropicClient({ notConfiguredMessage: VERDICTS_NOT_CONFIGURED });
  const model = anthropicModel();
  const timeline = await loadSessionTimeline(input.sessionId);
  const response = await client.messages.create(
    {
      model,
      max_tokens: 2048,
      system: [{ type: "text", text: VERDICT_SYSTEM_PROMPT, cache_control: { type: "ephemeral" } }],
      tools: [tool],
      tool_choice: { type: "tool", name: tool.name },
      messages: [
        {
          role: "user",
          content: renderVerdictPrompt({ taskTitle: target.taskTitle, criteria: target.criteria, timeline: renderTimeline(timeline) }),
        },
      ],
    },
    { timeout: input.timeoutMs ?? VERDICTS_TIMEOUT_MS },
  );
  await recordUsage({
    projectId: input.projectId,
    sessionId: input.sessionId,
    runId: input.runId,
    step: "extract-verdicts",
    purpose: "extract",
    provider: "anthropic",
    model,
    ...tokensFromAnthropicUsage(response.usage),
  });
  const call = response.content.find((c) => c.type === "tool_use" && c.name === tool.name);
  if (!call || call.type !== "tool_use")
    throw new InvalidModelOutputError("The model did not return verdicts (no record_verdicts tool call)");
  const validated: ValidatedVerdicts = validateVerdicts(call.input, target.criteria, timeline);
  const saved = await saveVerdicts({ target, verdicts: validated.verdicts });
  return {
    verdicts: validated.verdicts.length,
    quotesDropped: validated.quotesDropped,
    skipped: validated.skipped,
    taskVerified: saved.taskVerified,
  };
}
