// get_task: what an agent needs to work on a task — description, priority breakdown, strongest
// evidence with session moments, spec, pull request, impact state and verification (viewer).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { loadTaskSummary, taskMarkdown } from "../task-summary";
import { type McpCaller, projectAccess, projectIdArg, run, taskIdArg, toolResult, out } from "../tool-kit";

export function registerGetTask(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "get_task",
    {
      title: "Get a task",
      description:
        "A task with its description, priority breakdown, strongest evidence quotes (with the session moment of each), spec, pull request, impact state, and — once merged — whether it worked: the follow-up verdict with per-criterion counts.",
      inputSchema: { projectId: projectIdArg, taskId: taskIdArg },
      outputSchema: {
        task: z.looseObject({
          id: out.id,
          title: z.string(),
          description: z.string(),
          status: z.string(),
          priorityLabel: z.string(),
          priorityScore: z.number(),
          priorityBreakdown: z.record(z.string(), z.number()),
        }),
        evidence: z.array(
          z.looseObject({
            signalId: out.id,
            type: z.string(),
            quote: z.string(),
            sessionId: out.id,
            offsetMs: z.number().nullable(),
            momentUrl: z.string(),
          }),
        ),
        implementation: z.looseObject({ id: out.id, status: z.string() }).nullable(),
        impact: z.looseObject({ verdict: z.string() }).nullable(),
        spec: out.nullableString,
        verification: z
          .looseObject({
            verdict: z.string(),
            rule: z.string(),
            participants: z.number(),
            criteria: z.array(z.looseObject({ index: z.number(), status: z.string(), counts: z.record(z.string(), z.number()) })),
          })
          .nullable(),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "read");
        const summary = await loadTaskSummary(args);
        return toolResult(taskMarkdown(summary, { withSpec: true }), summary);
      }),
  );
}
