// usertests implementation list — pull-request attempts of the project (GET …/implementations); servers without the route say so.
import { positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";
import { formatDate } from "../lib/output";

interface Implementation {
  id: string;
  taskId: string;
  status: string;
  branch: string | null;
  prUrl: string | null;
  dryRun: boolean;
  createdAt: string;
}

export default defineCommand({
  name: "implementation list",
  summary: "List implementations (branches and pull requests)",
  usage: "[--task <taskId>] [--project <id>]",
  options: { task: { type: "string" } },
  async run(ctx, args) {
    positionals(args, []);
    const data = await requireRoute("implementation list", () =>
      ctx.api.get<{ implementations?: Implementation[] }>(`/api/v1/projects/${seg(ctx.projectId())}/implementations`, { taskId: str(args.values, "task") }),
    );
    if (ctx.json || !Array.isArray(data?.implementations)) return ctx.out.json(data);
    ctx.out.table(data.implementations, [
      { header: "id", get: (i) => i.id },
      { header: "task", get: (i) => i.taskId },
      { header: "status", get: (i) => `${i.status}${i.dryRun ? " (dry run)" : ""}` },
      { header: "branch", get: (i) => i.branch },
      { header: "pr", get: (i) => i.prUrl },
      { header: "created", get: (i) => formatDate(i.createdAt) },
    ]);
  },
});
