// usertests signal unlink <signalId> --task <taskId> — remove a signal from a task's evidence (DELETE …/tasks/:taskId/signals/:signalId).
import { positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { UsageError } from "../lib/errors";
import type { Rescored } from "./signal-link";

export default defineCommand({
  name: "signal unlink",
  summary: "Unlink a signal from a task",
  usage: "<signalId> --task <taskId> [--project <id>]",
  options: { task: { type: "string" } },
  async run(ctx, args) {
    const [signalId] = positionals(args, ["signalId"]);
    const taskId = str(args.values, "task");
    if (!taskId) throw new UsageError("--task is required");
    const data = await ctx.api.delete<{ task: Rescored }>(`/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/signals/${seg(signalId)}`);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Unlinked signal ${signalId} from task ${taskId}; the task now has ${data.task.signalCount} signals from ${data.task.sessionCount} sessions, priority ${data.task.score} (${data.task.label}).`);
  },
});
