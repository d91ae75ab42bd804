// Fake Claude for implementation specs: answers the write_spec tool call from the prompt the app
// sends, the way a careful model would: one acceptance criterion per desired-outcome or
// struggling-moment signal (citing its id), and the retrieved files (the "--- path ---" blocks) as
// relevant files. Used by the API tests, the e2e suite and the offline demo.
import type { ClaudeReply, ClaudeRequest } from "../fake-ai-server";
import { lastUserText } from "../fake-ai-server";

export function isSpecRequest(req: ClaudeRequest): boolean {
  return Boolean(req.body.tools?.some((t: { name?: string }) => t.name === "write_spec"));
}

export function specReply(prompt: string): ClaudeReply {
  const title = /^Task: (.+?) \(/m.exec(prompt)?.[1] ?? "the task";
  const sources = [...prompt.matchAll(/^- \[([^\]]+)\] (desired_outcome|struggling_moment): "(.+)"/gm)].map((m) => ({
    id: m[1],
    type: m[2],
    quote: m[3],
  }));
  const files = [...prompt.matchAll(/^--- (.+?)(?: \(truncated\))? ---$/gm)].map((m) => m[1]).slice(0, 3);
  const criteria = sources.slice(0, 5).map((s) => ({
    criterion:
      s.type === "desired_outcome"
        ? `A participant can reach this outcome without help: ${s.quote}`
        : `This struggle no longer happens: ${s.quote}`,
    sourceSignalIds: [s.id],
  }));
  return {
    content: [
      {
        type: "tool_use",
        name: "write_spec",
        input: {
          objective: `Remove the friction participants describe around "${title}", so that the job they hire the product for gets done without workarounds.`,
          acceptanceCriteria: criteria.length
            ? criteria
            : [{ criterion: `The problem "${title}" can no longer be reproduced.`, sourceSignalIds: [] }],
          constraints: ["Keep existing data and URLs working.", "Keep the flow usable with a keyboard and a screen reader."],
          relevantFiles: files.map((path) => ({ path, reason: "Named after the problem participants describe." })),
        },
      },
    ],
    stopReason: "tool_use",
  };
}

export const claude = (req: ClaudeRequest): ClaudeReply | undefined => (isSpecRequest(req) ? specReply(lastUserText(req)) : undefined);
