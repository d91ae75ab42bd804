// usertests task measure <taskId> — "measure now": is the task's problem rarer since its PR merged?
// (POST …/tasks/:taskId/measure; the window is the server's IMPACT_WINDOW_DAYS.)
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";
import { type Measurement, printMeasurements } from "./implementation-shared";

export default defineCommand({
  name: "task measure",
  summary: "Measure a shipped task's impact: the rate of its evidence per session before vs after the merge",
  usage: "<taskId> [--project <id>]",
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const data = await requireRoute("task measure", () =>
      ctx.api.post<{ measurement: Measurement }>(`/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/measure`, {}),
    );
    if (ctx.json) return ctx.out.json(data);
    printMeasurements(ctx, [data.measurement]);
  },
});
