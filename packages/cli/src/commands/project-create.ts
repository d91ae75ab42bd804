// usertests project create --name <name> — create a project; you become its owner (POST /api/v1/projects).
import { bool } from "../lib/args";
import { defineCommand } from "../lib/command";
import { UsageError } from "../lib/errors";
import type { Project } from "../lib/types";
import { printProject, projectBody, projectFieldHelp, projectFieldOptions } from "./project-shared";

export default defineCommand({
  name: "project create",
  summary: "Create a project (you become its owner)",
  usage: "--name <name> [--description <text>] [--github-repo <owner/repo>] [--allowed-origin <origin>]… [--use]",
  help: [...projectFieldHelp, "--use                       make it this profile's default project"],
  options: { ...projectFieldOptions, use: { type: "boolean" } },
  async run(ctx, args) {
    if (args.positionals.length) throw new UsageError(`Unexpected argument "${args.positionals[0]}" (use --name)`);
    const body = await projectBody(ctx, args);
    if (body.name === undefined) throw new UsageError("--name is required");
    const data = await ctx.api.post<{ project: Project }>("/api/v1/projects", body);
    if (bool(args.values, "use")) ctx.updateProfile((p) => ({ ...p, project: data.project.id }));
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Created project ${data.project.name} (${data.project.id}).`);
    printProject(ctx, data.project);
  },
});
