// usertests task spec <taskId> — generate the implementation spec (POST …/tasks/:taskId/spec); servers without the route say so.
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";

export default defineCommand({
  name: "task spec",
  summary: "Generate a task's spec: objective, evidence, acceptance criteria, measurement plan",
  usage: "<taskId> [--project <id>]",
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const data = await requireRoute("task spec", () => ctx.api.post<{ spec?: string; implementation?: { spec?: string } }>(`/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/spec`));
    const spec = data?.spec ?? data?.implementation?.spec;
    if (ctx.json || typeof spec !== "string") return ctx.out.json(data);
    ctx.out.line(spec);
  },
});
