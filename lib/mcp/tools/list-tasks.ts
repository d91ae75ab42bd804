// list_tasks: a project's tasks as GET /api/v1/projects/:id/tasks lists them (viewer).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { listTasks } from "@/lib/tasks/list-tasks";
import { TASK_STATUSES } from "@/lib/tasks/schemas";
import { type McpCaller, projectAccess, projectIdArg, run, toolResult, out } from "../tool-kit";

export function registerListTasks(server: McpServer, caller: McpCaller) {
  server.registerTool(
    "list_tasks",
    {
      title: "List tasks",
      description: "A project's tasks, highest priority first (or newest), optionally by status and words in the title.",
      inputSchema: {
        projectId: projectIdArg,
        status: z.enum(TASK_STATUSES).optional(),
        q: z.string().trim().min(1).max(200).optional().describe("words the title contains, in any order"),
        sort: z.enum(["priority", "newest"]).default("priority"),
        limit: z.number().int().min(1).max(200).default(20),
        cursor: z.string().max(200).optional().describe("nextCursor of the previous page"),
      },
      outputSchema: {
        tasks: z.array(
          z.looseObject({
            id: out.id,
            title: z.string(),
            status: z.enum(TASK_STATUSES),
            priorityLabel: z.string(),
            priorityScore: z.number(),
          }),
        ),
        nextCursor: out.cursor,
      },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      run(args, async () => {
        await projectAccess(caller, args.projectId, "read");
        const { projectId, ...query } = args;
        const page = await listTasks({ projectId, query });
        const tasks = page.tasks.map((t) => ({
          id: t.id,
          title: t.title,
          type: t.type,
          status: t.status,
          priorityLabel: t.priorityLabel,
          priorityScore: t.priorityScore,
          signalCount: t.signalCount,
          sessionCount: t.sessionCount,
        }));
        const text = tasks.length
          ? tasks
              .map((t) => `${t.id}  [${t.priorityLabel} ${t.priorityScore.toFixed(1)}] [${t.status}] ${t.title} (${t.signalCount} signals)`)
              .join("\n")
          : "No tasks match.";
        return toolResult(page.nextCursor ? `${text}\nMore: cursor ${page.nextCursor}` : text, { tasks, nextCursor: page.nextCursor });
      }),
  );
}
