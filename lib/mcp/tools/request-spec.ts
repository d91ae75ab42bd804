// request_spec: queues writing the task's spec, as POST …/tasks/:taskId/spec does (member): the
// outbox event is written in the same transaction; the attempt id is returned to poll with get_spec
// or get_implementation.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { requestSpec } from "@/lib/implementations/request-spec";
import { type McpCaller, projectAccess, projectIdArg, run, taskIdArg, toolResult, out } from "../tool-kit";

export function registerRequestSpec(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "request_spec",
    {
      title: "Request a spec",
      description: "Queues writing the task's implementation spec in the background (needs the member role); returns the attempt id.",
      inputSchema: { projectId: projectIdArg, taskId: taskIdArg },
      outputSchema: { implementationId: out.id, status: z.string() },
      annotations: { readOnlyHint: false, destructiveHint: false },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "work");
        const implementation = await requestSpec(args);
        return toolResult(
          `Spec queued: implementation ${implementation.id} (${implementation.status}). Read it with get_spec once written.`,
          {
            implementationId: implementation.id,
            status: implementation.status,
          },
        );
      }),
  );
}
