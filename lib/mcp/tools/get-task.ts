// get_task: what an agent needs to work on a task — description, priority breakdown, strongest
// evidence with session moments, spec, pull request and impact state (viewer).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { loadTaskSummary, taskMarkdown } from "../task-summary";
import { type McpCaller, projectAccess, projectIdArg, run, taskIdArg, toolResult } from "../tool-kit";

export function registerGetTask(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "get_task",
    {
      title: "Get a task",
      description:
        "A task with its description, priority breakdown, strongest evidence quotes (with the session moment of each), spec, pull request and impact state.",
      inputSchema: { projectId: projectIdArg, taskId: taskIdArg },
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
