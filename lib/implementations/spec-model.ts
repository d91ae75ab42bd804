// The model's part of a spec: objective, acceptance criteria (each citing the desired-outcome or
// struggling-moment signals it comes from), constraints and why each relevant file matters. A forced
// tool call whose input is validated here; citations of unknown signals or files fail the call, so
// it is retried instead of producing a spec that invents evidence.
import { z } from "zod";
import { anthropicClient, anthropicModel } from "@/lib/ai/anthropic";
import { recordUsage, tokensFromAnthropicUsage } from "@/lib/ai/record-usage";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import type { RepositoryContext } from "@/lib/github/repository-context";
import { redactText } from "@/lib/privacy/redact-pii";
import type { TaskEvidence } from "./task-evidence";

export const SPEC_NOT_CONFIGURED = "Writing a spec needs ANTHROPIC_API_KEY";

export const specOutputSchema = z.object({
  objective: z.string().min(10).max(2000),
  acceptanceCriteria: z
    .array(z.object({ criterion: z.string().min(5).max(500), sourceSignalIds: z.array(z.string()).max(10) }))
    .min(1)
    .max(12),
  constraints: z.array(z.string().min(3).max(500)).max(10),
  relevantFiles: z.array(z.object({ path: z.string().min(1).max(500), reason: z.string().min(3).max(500) })).max(10),
});

export type SpecOutput = z.infer<typeof specOutputSchema>;

const tool = {
  name: "write_spec",
  description: "Record the implementation spec.",
  input_schema: z.toJSONSchema(specOutputSchema, { io: "input" }) as { type: "object"; [k: string]: unknown },
};

export const SPEC_SYSTEM_PROMPT = `You turn user-research evidence into an implementation spec for the engineers of the product.
You get a task (a problem participants ran into), the evidence behind it (participants' own words, each with an id and a type), and, when available, the repository's file list and the files most related to the task.
Write:
- objective: what to change and why, in two to four sentences, grounded in the evidence.
- acceptanceCriteria: observable, testable statements. Derive them from the desired_outcome and struggling_moment signals: each criterion lists in sourceSignalIds the ids of the signals it comes from (only those types).
- constraints: what must not break or change (existing behaviour, data, accessibility, privacy), inferred from the code and the task.
- relevantFiles: files from the given repository list that will probably change, each with a short reason. Never invent paths.
Call the write_spec tool exactly once.`;

function renderPrompt(evidence: TaskEvidence, repo: RepositoryContext | null): string {
  const lines = [
    `Task: ${evidence.task.title} (${evidence.task.type}, priority ${Math.round(evidence.task.priorityScore)} ${evidence.task.priorityLabel})`,
    evidence.task.description ? `Description: ${evidence.task.description}` : "",
    `Evidence: ${evidence.signalCount} signals from ${evidence.sessionCount} sessions (${evidence.participantCount} participants).`,
    "",
    "Signals:",
    ...evidence.quotes
      .slice(0, 30)
      .map((q) => `- [${q.signalId}] ${q.type}: "${redactText(q.quote)}"${q.topic ? ` (topic: ${q.topic})` : ""}`),
  ];
  if (repo) {
    lines.push(
      "",
      `Repository ${repo.repository} (default branch ${repo.defaultBranch}, ${repo.fileCount} files). Files:`,
      ...repo.treeSample.map((p) => `- ${p}`),
    );
    for (const f of repo.files) lines.push("", `--- ${f.path}${f.truncated ? " (truncated)" : ""} ---`, f.content);
  } else {
    lines.push("", "No repository is connected: leave relevantFiles empty.");
  }
  return lines.filter((l, i, all) => l !== "" || all[i - 1] !== "").join("\n");
}

export function validateSpecOutput(raw: unknown, evidence: TaskEvidence, repo: RepositoryContext | null): SpecOutput {
  const parsed = specOutputSchema.safeParse(raw);
  if (!parsed.success)
    throw new InvalidModelOutputError(`The spec did not match the schema: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const sources = new Set(evidence.criteriaSources.map((q) => q.signalId));
  for (const c of parsed.data.acceptanceCriteria) {
    const unknown = c.sourceSignalIds.filter((id) => !sources.has(id));
    if (unknown.length)
      throw new InvalidModelOutputError(
        `Acceptance criterion cites signals that are not desired outcomes or struggles of this task: ${unknown.join(", ")}`,
      );
    if (sources.size > 0 && c.sourceSignalIds.length === 0)
      throw new InvalidModelOutputError(`Acceptance criterion "${c.criterion}" cites no evidence`);
  }
  const known = new Set(repo?.treeSample ?? []);
  for (const f of repo?.files ?? []) known.add(f.path);
  const invented = parsed.data.relevantFiles.filter((f) => !known.has(f.path));
  if (invented.length)
    throw new InvalidModelOutputError(`The spec names files that are not in the repository: ${invented.map((f) => f.path).join(", ")}`);
  return parsed.data;
}

export async function writeSpecWithModel(input: {
  projectId: string;
  evidence: TaskEvidence;
  repo: RepositoryContext | null;
}): Promise<SpecOutput> {
  const client = anthropicClient({ notConfiguredMessage: SPEC_NOT_CONFIGURED });
  const model = anthropicModel();
  const response = await client.messages.create({
    model,
    max_tokens: 4096,
    system: [{ type: "text", text: SPEC_SYSTEM_PROMPT, cache_control: { type: "ephemeral" } }],
    tools: [tool],
    tool_choice: { type: "tool", name: tool.name },
    messages: [{ role: "user", content: renderPrompt(input.evidence, input.repo) }],
  });
  await recordUsage({
    projectId: input.projectId,
    purpose: "spec",
    provider: "anthropic",
    model,
    step: "spec",
    ...tokensFromAnthropicUsage(response.usage),
  });
  const call = response.content.find((c) => c.type === "tool_use" && c.name === tool.name);
  if (!call || call.type !== "tool_use") throw new InvalidModelOutputError("The model did not return a spec (no write_spec tool call)");
  return validateSpecOutput(call.input, input.evidence, input.repo);
}
