// What `signal link` and `signal unlink` share: both change a task's evidence through
// …/tasks/:taskId/signals/:signalId (POST adds, DELETE removes) and print the task's new score.
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

export function evidenceCommand(change: {
  name: string;
  summary: string;
  method: "post" | "delete";
  done: (signalId: string, taskId: string) => string;
}) {
  return defineCommand({
    name: change.name,
    summary: change.summary,
    usage: "<signalId> --task <taskId> [--project <id>]",
    options: { task: { type: "string" } },
    async run(ctx, args) {
      const [signalId] = positionals(args, ["signalId"]);
      const taskId = str(args.values, "task");
      if (!taskId) throw new UsageError("--task is required");
      const data = await ctx.api[change.method]<{ task: Rescored }>(
        `/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/signals/${seg(signalId)}`,
      );
      if (ctx.json) return ctx.out.json(data);
      const t = data.task;
      ctx.out.line(
        `${change.done(signalId, taskId)}; the task now has ${t.signalCount} signals from ${t.sessionCount} sessions, priority ${t.score} (${t.label}).`,
      );
    },
  });
}
