// usertests project get [projectId] — one project with your role (GET /api/v1/projects/:id).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import type { Project } from "../lib/types";
import { printProject } from "./project-shared";

export default defineCommand({
  name: "project get",
  summary: "Show a project",
  usage: "[projectId]",
  async run(ctx, args) {
    const [id] = positionals(args, ["projectId?"]);
    const data = await ctx.api.get<{ project: Project }>(`/api/v1/projects/${seg(ctx.projectId(id))}`);
    if (ctx.json) return ctx.out.json(data);
    printProject(ctx, data.project);
  },
});
