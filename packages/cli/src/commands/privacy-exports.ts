// usertests privacy exports — the project's data exports, newest first, with status, size and expiry (GET …/exports, admin).
import { positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import { formatDate } from "../lib/output";
import { describeProgress, type ExportView, exportsPath, formatBytes } from "./privacy-shared";

export default defineCommand({
  name: "privacy exports",
  summary: "List the project's data exports (participant JSON, project zip) with status, size and expiry",
  usage: "[--project <id>]",
  help: [
    "Download a ready one with its URL (--json shows downloadUrl), or request and save in one go:",
    "usertests privacy export --participant <email> --out data.json",
  ],
  async run(ctx, args) {
    positionals(args, []);
    const data = await ctx.api.get<{ exports: ExportView[] }>(exportsPath(ctx.projectId()));
    if (ctx.json) return ctx.out.json(data);
    ctx.out.table(
      data.exports,
      [
        { header: "id", get: (e) => e.id },
        { header: "kind", get: (e) => e.kind },
        { header: "requested", get: (e) => formatDate(e.createdAt) },
        {
          header: "status",
          get: (e) =>
            e.status === "failed"
              ? `failed: ${e.error ?? ""}`
              : describeProgress(e.status, e.status === "completed" ? undefined : e.progress),
          max: 50,
        },
        { header: "size", get: (e) => formatBytes(e.sizeBytes), align: "right" },
        { header: "expires", get: (e) => formatDate(e.expiresAt) },
        { header: "email hash", get: (e) => (e.emailHash ? e.emailHash.slice(0, 16) : null) },
      ],
      { empty: "No exports yet. Request one with: usertests privacy export --participant <email> | --whole-project" },
    );
  },
});
