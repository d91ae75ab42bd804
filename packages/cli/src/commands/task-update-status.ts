// usertests task update-status <taskId> <status> — move a task on the board (PATCH /api/v1/projects/:id/tasks/:taskId).
import { checkOneOf, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import type { Task } from "../lib/types";
import { TASK_STATUSES } from "./task-list";

export default defineCommand({
  name: "task update-status",
  summary: "Change a task's status",
  usage: `<taskId> <${TASK_STATUSES.join("|")}> [--project <id>]`,
  async run(ctx, args) {
    const [taskId, raw] = positionals(args, ["taskId", "status"]);
    const status = checkOneOf(raw, "status", TASK_STATUSES);
    const data = await ctx.api.patch<{ task: Task }>(`/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}`, { status });
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Task ${taskId} is now ${data.task?.status ?? status}.`);
  },
});
