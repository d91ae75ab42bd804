// usertests project list — the projects you can see (GET /api/v1/projects).
import { positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import { formatDate } from "../lib/output";
import type { Project } from "../lib/types";

export default defineCommand({
  name: "project list",
  summary: "List your projects",
  usage: "",
  async run(ctx, args) {
    positionals(args, []);
    const data = await ctx.api.get<{ projects: Project[] }>("/api/v1/projects");
    if (ctx.json) return ctx.out.json(data);
    const current = ctx.profile.project;
    ctx.out.table(
      data.projects,
      [
        { header: "id", get: (p) => p.id },
        { header: "name", get: (p) => p.name, max: 40 },
        { header: "role", get: (p) => p.role },
        { header: "github", get: (p) => p.githubRepo },
        { header: "created", get: (p) => formatDate(p.createdAt) },
        // the project commands act on when --project is not given (`usertests project use <id>`)
        { header: "default", get: (p) => (p.id === current ? "yes" : "") },
      ],
      { empty: "No projects yet. Create one with: usertests project create --name <name>" },
    );
  },
});
