// Step 7 of processing: a short summary of the session for the dashboard.
import { anthropicClient, anthropicModel } from "@/lib/ai/anthropic";
import { recordUsage, tokensFromAnthropicUsage } from "@/lib/ai/record-usage";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import { db } from "@/lib/db";
import { summaryLanguageNote, type AnalysisLanguages } from "./analysis-languages";
import { SUMMARY_SYSTEM_PROMPT } from "./prompts";
import { renderTimeline, type TimelineEntry } from "./timeline";

/** Long sessions are summarised from their beginning and end; the middle adds little to four sentences. */
const MAX_CHARS = 40_000;

function clip(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  return `${text.slice(0, MAX_CHARS / 2)}\n[…]\n${text.slice(-MAX_CHARS / 2)}`;
}

export async function summarizeSession(input: {
  projectId: string;
  sessionId: string;
  runId: string;
  timeline: TimelineEntry[];
  /** the summary is written in the research language (issue #17) */
  languages?: AnalysisLanguages;
}) {
  const note = summaryLanguageNote(input.languages);
  const client = anthropicClient({ notConfiguredMessage: "Session summaries need ANTHROPIC_API_KEY" });
  const model = anthropicModel();
  const response = await client.messages.create({
    model,
    max_tokens: 400,
    system: [{ type: "text", text: SUMMARY_SYSTEM_PROMPT, cache_control: { type: "ephemeral" } }],
    messages: [{ role: "user", content: `Session timeline:\n\n${clip(renderTimeline(input.timeline))}${note ? `\n\n${note}` : ""}` }],
  });
  await recordUsage({
    projectId: input.projectId,
    sessionId: input.sessionId,
    runId: input.runId,
    step: "summarize",
    purpose: "summary",
    provider: "anthropic",
    model,
    ...tokensFromAnthropicUsage(response.usage),
  });
  const text = response.content
    .filter((c) => c.type === "text")
    .map((c) => (c.type === "text" ? c.text : ""))
    .join("")
    .trim();
  if (!text) throw new InvalidModelOutputError("The model returned an empty summary");
  await db.session.update({ where: { id: input.sessionId }, data: { summary: text.slice(0, 2000) } });
  return { length: text.length };
}
