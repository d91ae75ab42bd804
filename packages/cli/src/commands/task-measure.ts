// usertests task measure <taskId> — measure whether the task's problem went away since its PR merged (POST …/tasks/:taskId/measure).
import { num, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";

export default defineCommand({
  name: "task measure",
  summary: "Measure a shipped task's impact (evidence rate before vs after)",
  usage: "<taskId> [--window-days <n>] [--project <id>]",
  options: { "window-days": { type: "string" } },
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const windowDays = num(args.values, "window-days", { integer: true, min: 1, max: 365 });
    const data = await requireRoute("task measure", () =>
      ctx.api.post(`/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/measure`, windowDays ? { windowDays } : {}),
    );
    ctx.out.json(data);
  },
});
