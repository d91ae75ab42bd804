// usertests task implement <taskId> [--dry-run] [--wait] — open the task's pull request with its evidence
// (POST …/tasks/:taskId/implement, 202). A second call while a PR is open returns that attempt.
import { bool, num, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";
import { type Implementation, printImplementation, waitForImplementation, waitHelp, waitOptions } from "./implementation-shared";

const SETTLED = new Set(["open", "merged", "closed"]);

export default defineCommand({
  name: "task implement",
  summary: "Open a pull request for a task with its evidence (needs a connected GitHub repo)",
  usage: "<taskId> [--dry-run] [--wait [--timeout <s>]] [--project <id>]",
  help: ["--dry-run          plan the branch, spec and PR body without writing to GitHub", ...waitHelp],
  options: { "dry-run": { type: "boolean" }, ...waitOptions },
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const projectId = ctx.projectId();
    const dryRun = bool(args.values, "dry-run");
    const timeout = num(args.values, "timeout", { min: 1, max: 3600 }) ?? 300;
    const interval = num(args.values, "interval", { min: 0.1, max: 60 }) ?? 2;
    const queued = await requireRoute("task implement", () =>
      ctx.api.post<{ implementation: Implementation; queued: boolean }>(
        `/api/v1/projects/${seg(projectId)}/tasks/${seg(taskId)}/implement`,
        { dryRun },
      ),
    );
    let implementation = queued.implementation;
    if (!queued.queued && !ctx.json) ctx.out.info("This task already has a pull request open or being created; showing it.");
    if (bool(args.values, "wait") && queued.queued) {
      // a dry run ends with the planned PR (title and body) and no PR on GitHub
      const done = (i: Implementation) => SETTLED.has(i.status) || (dryRun && i.status === "spec_ready" && !!i.prTitle);
      implementation = await waitForImplementation(ctx, projectId, implementation.id, done, {
        timeoutMs: timeout * 1000,
        intervalMs: interval * 1000,
      });
    }
    if (ctx.json) return ctx.out.json({ ...queued, implementation });
    printImplementation(ctx, implementation);
  },
});
