// The "fix_task" prompt: everything a coding agent needs to fix a task in one message — the task,
// its strongest evidence with session moments, acceptance criteria derived from what participants
// wanted and where they struggled, and the spec when one was written.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { loadTaskSummary, taskMarkdown } from "./task-summary";
import { guard, type McpCaller, projectAccess } from "./tool-kit";

export function registerFixTaskPrompt(server: McpServer, caller: McpCaller) {
  server.registerPrompt(
    "fix_task",
    {
      title: "Fix this task",
      description: "Assembles a task's evidence and acceptance criteria for a coding agent to fix it.",
      argsSchema: { projectId: z.string().min(1).max(64), taskId: z.string().min(1).max(64) },
    },
    async (args) =>
      guard(async () => {
        await projectAccess(caller, args.projectId, "read");
        const summary = await loadTaskSummary(args);
        const criteria = summary.evidence.filter((e) => e.type === "desired_outcome" || e.type === "struggling_moment");
        const text = [
          "Fix the following problem in this codebase. It comes from user research: real participants said these words in their sessions.",
          "",
          taskMarkdown(summary),
          "",
          "## Acceptance criteria",
          "",
          ...(criteria.length
            ? criteria.map((e) =>
                e.type === "desired_outcome"
                  ? `- A participant can get this outcome: "${e.quote}"`
                  : `- A participant no longer struggles here: "${e.quote}"`,
              )
            : ["- The problem described above no longer happens, and the evidence quotes no longer apply."]),
          ...(summary.spec ? ["", "## Spec", "", summary.spec] : []),
          "",
          "## How to work",
          "",
          "- Read the relevant code first; keep the change small and focused on this task.",
          "- Add or update tests that prove each acceptance criterion.",
          `- When done, move the task to in_review with update_task_status (projectId ${summary.task.projectId}, taskId ${summary.task.id}); get_session_excerpt shows more of a session around a quote's moment.`,
        ].join("\n");
        return {
          description: `Fix: ${summary.task.title}`,
          messages: [{ role: "user" as const, content: { type: "text" as const, text } }],
        };
      }),
  );
}
