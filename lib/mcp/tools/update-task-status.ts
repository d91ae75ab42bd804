// update_task_status: moves a task as PATCH /api/v1/projects/:id/tasks/:taskId does (member), the
// change recorded in the task's history with who made it.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { TASK_STATUSES } from "@/lib/tasks/schemas";
import { updateTask } from "@/lib/tasks/update-task";
import { type McpCaller, projectAccess, projectIdArg, run, taskIdArg, toolResult, out } from "../tool-kit";

export function registerUpdateTaskStatus(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "update_task_status",
    {
      title: "Update a task's status",
      description: "Moves a task to another status (needs the member role).",
      inputSchema: { projectId: projectIdArg, taskId: taskIdArg, status: z.enum(TASK_STATUSES) },
      outputSchema: { task: z.looseObject({ id: out.id, title: z.string(), status: z.enum(TASK_STATUSES) }) },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "work");
        const p = caller.principal;
        const task = await updateTask({
          projectId: args.projectId,
          taskId: args.taskId,
          actorUserId: p.kind === "user" ? p.userId : null,
          data: { status: args.status },
        });
        return toolResult(`Task ${task.id} is now ${task.status}.`, { task: { id: task.id, title: task.title, status: task.status } });
      }),
  );
}
