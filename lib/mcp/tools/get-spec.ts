// get_spec: the task's implementation spec, the Markdown written for engineers (viewer).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { listTaskImplementations } from "@/lib/implementations/list-implementations";
import { type McpCaller, projectAccess, projectIdArg, run, taskIdArg, toolResult, out } from "../tool-kit";

export function registerGetSpec(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "get_spec",
    {
      title: "Get a task's spec",
      description: "The implementation spec (Markdown) of a task's newest attempt that has one; request_spec writes one.",
      inputSchema: { projectId: projectIdArg, taskId: taskIdArg },
      outputSchema: { spec: out.nullableString, implementationId: out.nullableString, status: out.nullableString },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "read");
        const { implementations } = await listTaskImplementations(args);
        const withSpec = implementations.find((i) => i.spec !== null);
        if (!withSpec) {
          const pending = implementations[0]?.status === "pending";
          return toolResult(
            pending ? "The spec is being written; try again shortly." : "This task has no spec yet; request_spec writes one.",
            {
              spec: null,
              implementationId: implementations[0]?.id ?? null,
              status: implementations[0]?.status ?? null,
            },
          );
        }
        return toolResult(withSpec.spec!, {
          spec: withSpec.spec,
          implementationId: withSpec.id,
          status: withSpec.status,
          specGeneratedAt: withSpec.specGeneratedAt,
        });
      }),
  );
}
