// usertests signal link <signalId> --task <taskId> — add a signal to a task's evidence (POST …/tasks/:taskId/signals/:signalId).
import { positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { UsageError } from "../lib/errors";

/** The task's new score after the evidence changed. */
export interface Rescored {
  taskId: string;
  score: number;
  label: string;
  signalCount: number;
  sessionCount: number;
}

export default defineCommand({
  name: "signal link",
  summary: "Link a signal to a task as evidence",
  usage: "<signalId> --task <taskId> [--project <id>]",
  options: { task: { type: "string" } },
  async run(ctx, args) {
    const [signalId] = positionals(args, ["signalId"]);
    const taskId = str(args.values, "task");
    if (!taskId) throw new UsageError("--task is required");
    const data = await ctx.api.post<{ task: Rescored }>(`/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/signals/${seg(signalId)}`);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Linked signal ${signalId} to task ${taskId}; the task now has ${data.task.signalCount} signals from ${data.task.sessionCount} sessions, priority ${data.task.score} (${data.task.label}).`);
  },
});
