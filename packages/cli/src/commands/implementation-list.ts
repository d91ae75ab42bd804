// usertests implementation list [--task <id>] [--status <s>] — the project's pull-request attempts, newest first (GET …/implementations).
import { num, oneOf, positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";
import { formatDate } from "../lib/output";
import type { Implementation } from "./implementation-shared";

const STATUSES = ["pending", "spec_ready", "pushing", "open", "merged", "closed", "failed"] as const;

export default defineCommand({
  name: "implementation list",
  summary: "List implementations (specs, branches and pull requests)",
  usage: "[--task <taskId>] [--status <status>] [--limit <n>] [--cursor <c>] [--project <id>]",
  help: [`--status   one of ${STATUSES.join(", ")}`],
  options: { task: { type: "string" }, status: { type: "string" }, limit: { type: "string" }, cursor: { type: "string" } },
  async run(ctx, args) {
    positionals(args, []);
    const data = await requireRoute("implementation list", () =>
      ctx.api.get<{ implementations: Implementation[]; nextCursor: string | null }>(
        `/api/v1/projects/${seg(ctx.projectId())}/implementations`,
        {
          taskId: str(args.values, "task"),
          status: oneOf(args.values, "status", STATUSES),
          limit: num(args.values, "limit", { integer: true, min: 1, max: 100 })?.toString(),
          cursor: str(args.values, "cursor"),
        },
      ),
    );
    if (ctx.json) return ctx.out.json(data);
    ctx.out.table(data.implementations, [
      { header: "id", get: (i) => i.id },
      { header: "task", get: (i) => i.taskId },
      { header: "status", get: (i) => `${i.status}${i.dryRun ? " (dry run)" : ""}` },
      { header: "branch", get: (i) => i.branch },
      { header: "pr", get: (i) => i.prUrl },
      { header: "created", get: (i) => formatDate(i.createdAt) },
    ]);
    if (data.nextCursor) ctx.out.info(`More: --cursor ${data.nextCursor}`);
  },
});
