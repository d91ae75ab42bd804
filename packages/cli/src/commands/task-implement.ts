// usertests task implement <taskId> [--dry-run] — push the task to GitHub as a pull request (POST …/tasks/:taskId/implement).
import { bool, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";

export default defineCommand({
  name: "task implement",
  summary: "Open a pull request for a task with its evidence (needs a connected GitHub repo)",
  usage: "<taskId> [--dry-run] [--project <id>]",
  help: ["--dry-run   build the branch name, spec and PR body without touching GitHub"],
  options: { "dry-run": { type: "boolean" } },
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const data = await requireRoute("task implement", () =>
      ctx.api.post<{ implementation?: { id: string; status?: string; prUrl?: string | null; branch?: string | null } }>(
        `/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/implement`,
        { dryRun: bool(args.values, "dry-run") },
      ),
    );
    const impl = data?.implementation;
    if (ctx.json || !impl) return ctx.out.json(data);
    ctx.out.fields([
      ["Implementation", impl.id],
      ["Status", impl.status],
      ["Branch", impl.branch],
      ["Pull request", impl.prUrl],
    ]);
  },
});
