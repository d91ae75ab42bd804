// usertests project use <projectId> — make a project this profile's default (checked with GET /api/v1/projects/:id).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import type { Project } from "../lib/types";

export default defineCommand({
  name: "project use",
  summary: "Set the profile's default project (used when --project is not given)",
  usage: "<projectId>",
  async run(ctx, args) {
    const [id] = positionals(args, ["projectId"]);
    const data = await ctx.api.get<{ project: Project }>(`/api/v1/projects/${seg(id)}`);
    ctx.updateProfile((p) => ({ ...p, project: data.project.id }));
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Default project for profile "${ctx.profileName}" is now ${data.project.name} (${data.project.id}).`);
  },
});
