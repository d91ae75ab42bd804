// usertests project update [projectId] --name … — change a project's settings (PATCH /api/v1/projects/:id, admin).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { UsageError } from "../lib/errors";
import type { Project } from "../lib/types";
import { printProject, projectBody, projectFieldHelp, projectFieldOptions } from "./project-shared";

export default defineCommand({
  name: "project update",
  summary: "Change a project's name, description, GitHub repo, origins or retention",
  usage:
    "[projectId] [--name <name>] [--description <text>] [--github-repo <owner/repo>] [--allowed-origin <origin>]… [--retention-audio-days <n>]…",
  help: [
    ...projectFieldHelp,
    "--retention-audio-days <n>, --retention-events-days <n>, --retention-transcript-days <n>",
    "--confirm-deletion  apply a shorter retention window that deletes data at the next run (without it the",
    "                    server refuses and says how many sessions, recording files and events it would delete)",
    "--allowed-origin replaces the whole list; pass --data '{\"allowedOrigins\":[]}' to clear it.",
  ],
  options: {
    ...projectFieldOptions,
    "retention-audio-days": { type: "string" },
    "retention-events-days": { type: "string" },
    "retention-transcript-days": { type: "string" },
    "confirm-deletion": { type: "boolean" },
  },
  async run(ctx, args) {
    const [id] = positionals(args, ["projectId?"]);
    const body = await projectBody(ctx, args);
    if (!Object.keys(body).length) throw new UsageError("Nothing to change: pass at least one field (e.g. --name)");
    if (args.values["confirm-deletion"]) body.confirmDeletion = true;
    const data = await ctx.api.patch<{ project: Project }>(`/api/v1/projects/${seg(ctx.projectId(id))}`, body);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Updated project ${data.project.name}.`);
    printProject(ctx, data.project);
  },
});
