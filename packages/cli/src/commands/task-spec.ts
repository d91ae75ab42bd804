// usertests task spec <taskId> [--wait] — queue the implementation spec (POST …/tasks/:taskId/spec, 202);
// with --wait, follow it until Claude has written it and print it.
import { bool, num, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";
import { type Implementation, printImplementation, waitForImplementation, waitHelp, waitOptions } from "./implementation-shared";

export default defineCommand({
  name: "task spec",
  summary: "Write a task's spec: objective, evidence, acceptance criteria, relevant files, measurement plan",
  usage: "<taskId> [--wait [--timeout <s>] [--interval <s>]] [--project <id>]",
  help: waitHelp,
  options: waitOptions,
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const projectId = ctx.projectId();
    const timeout = num(args.values, "timeout", { min: 1, max: 3600 }) ?? 300;
    const interval = num(args.values, "interval", { min: 0.1, max: 60 }) ?? 2;
    const queued = await requireRoute("task spec", () =>
      ctx.api.post<{ implementation: Implementation }>(`/api/v1/projects/${seg(projectId)}/tasks/${seg(taskId)}/spec`, {}),
    );
    if (!bool(args.values, "wait")) {
      if (ctx.json) return ctx.out.json(queued);
      printImplementation(ctx, queued.implementation);
      ctx.out.info(
        `\nThe spec is being written. Follow it with: usertests implementation get ${queued.implementation.id}  (or run this command with --wait)`,
      );
      return;
    }
    // the request put the attempt back to "pending"; spec_ready means this request's spec is written
    const done = await waitForImplementation(ctx, projectId, queued.implementation.id, (i) => i.status === "spec_ready" && !!i.spec, {
      timeoutMs: timeout * 1000,
      intervalMs: interval * 1000,
    });
    if (ctx.json) return ctx.out.json({ implementation: done });
    ctx.out.line(done.spec ?? "");
  },
});
