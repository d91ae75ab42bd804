// get_implementation: one attempt with its spec, pull request and measurements, as GET
// …/implementations/:id returns it (viewer).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { getImplementation } from "@/lib/implementations/list-implementations";
import { type McpCaller, projectAccess, projectIdArg, run, toolResult, out } from "../tool-kit";

export function registerGetImplementation(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "get_implementation",
    {
      title: "Get an implementation",
      description:
        "An implementation attempt (from request_spec or open_pull_request): status, spec, branch, pull request and impact measurements.",
      inputSchema: { projectId: projectIdArg, implementationId: z.string().min(1).max(64) },
      outputSchema: { implementation: out.implementation },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "read");
        const i = await getImplementation(args);
        const last = i.measurements.at(-1);
        const text = [
          `Implementation ${i.id} for task ${i.taskId}: ${i.status}${i.dryRun ? " (dry run)" : ""}`,
          i.prUrl ? `Pull request: ${i.prUrl} (${i.prState ?? "unknown"})` : "No pull request yet.",
          i.error ? `Error: ${i.error}` : null,
          last ? `Impact: ${last.verdict}${last.changePercent === null ? "" : ` (${last.changePercent.toFixed(1)}%)`}` : null,
          i.spec ? `Spec: ${i.spec.length} characters (get_spec shows it)` : "No spec yet.",
        ]
          .filter(Boolean)
          .join("\n");
        return toolResult(text, { implementation: i });
      }),
  );
}
