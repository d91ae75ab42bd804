// open_pull_request: queues the pull request, as POST …/tasks/:taskId/implement does (member). A
// second call while a PR is open or being created returns that attempt (queued: false).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { requestPush } from "@/lib/implementations/request-push";
import { type McpCaller, projectAccess, projectIdArg, run, taskIdArg, toolResult, out } from "../tool-kit";

export function registerOpenPullRequest(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "open_pull_request",
    {
      title: "Open a pull request",
      description:
        "Queues the pull request carrying the task's spec to the connected GitHub repository (needs the member role); returns the attempt id. dryRun plans it without writing to GitHub.",
      inputSchema: { projectId: projectIdArg, taskId: taskIdArg, dryRun: z.boolean().default(false) },
      outputSchema: { implementationId: out.id, status: z.string(), queued: z.boolean(), prUrl: out.nullableString },
      annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "work");
        const { implementation, queued } = await requestPush(args);
        const text = queued
          ? `Pull request queued: implementation ${implementation.id}${args.dryRun ? " (dry run)" : ""}. Follow it with get_implementation.`
          : `A pull request is already ${implementation.status === "open" ? `open: ${implementation.prUrl}` : "being created"} (implementation ${implementation.id}).`;
        return toolResult(text, {
          implementationId: implementation.id,
          status: implementation.status,
          queued,
          prUrl: implementation.prUrl,
        });
      }),
  );
}
