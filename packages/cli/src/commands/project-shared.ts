// Shared by the project commands: how a project is printed, and the flags → PATCH/POST body mapping.
import { defined, nullable, num, readJsonObjectArg, str, strs, type Parsed } from "../lib/args";
import type { Options } from "../lib/command";
import type { Context } from "../lib/context";
import { formatDate } from "../lib/output";
import type { Project } from "../lib/types";

export const projectFieldOptions: Options = {
  name: { type: "string" },
  description: { type: "string" },
  "github-repo": { type: "string" },
  "default-branch": { type: "string" },
  "allowed-origin": { type: "string", multiple: true },
  data: { type: "string" },
};

export const projectFieldHelp = [
  "--name <text>               project name",
  '--description <text>        description ("" clears it)',
  '--github-repo <owner/repo>  repository for pull requests ("" clears it)',
  "--default-branch <branch>   base branch for pull requests",
  "--allowed-origin <origin>   an origin allowed to embed the SDK (repeat for several)",
  "--data <json|@file|@->      any documented fields as JSON (flags win over --data)",
];

export async function projectBody(ctx: Context, args: Parsed): Promise<Record<string, unknown>> {
  const v = args.values;
  return {
    ...(await readJsonObjectArg(ctx.io, str(v, "data"))),
    ...defined({
      name: str(v, "name"),
      description: nullable(str(v, "description")),
      githubRepo: nullable(str(v, "github-repo")),
      githubDefaultBranch: str(v, "default-branch"),
      allowedOrigins: strs(v, "allowed-origin"),
      retentionAudioDays: num(v, "retention-audio-days", { integer: true }),
      retentionEventsDays: num(v, "retention-events-days", { integer: true }),
      retentionTranscriptDays: num(v, "retention-transcript-days", { integer: true }),
    }),
  };
}

export function printProject(ctx: Context, project: Project): void {
  ctx.out.fields([
    ["ID", project.id],
    ["Name", project.name],
    ["Description", project.description],
    ["Your role", project.role],
    ["GitHub", project.githubRepo ? `${project.githubRepo} (base ${project.githubDefaultBranch})` : "not connected"],
    ["Allowed origins", project.allowedOrigins?.length ? project.allowedOrigins : "none (SDK only on the app's own pages)"],
    [
      "Retention",
      `audio/screen ${project.retentionAudioDays} d, events ${project.retentionEventsDays} d, transcripts ${project.retentionTranscriptDays} d`,
    ],
    ["Created", formatDate(project.createdAt)],
  ]);
}
