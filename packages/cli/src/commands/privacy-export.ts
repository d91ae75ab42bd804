// usertests privacy export --participant <email> | --whole-project [--wait] [--out <file>] — export data (POST …/exports, admin).
// The whole-project flag is not `--project`: that is the global option naming the project (with a value).
import { bool, positionals, str } from "../lib/args";
import { defineCommand } from "../lib/command";
import { EXIT, UsageError } from "../lib/errors";
import { formatDate } from "../lib/output";
import {
  downloadExport,
  type ExportView,
  exportsPath,
  formatBytes,
  summarizeCounts,
  WAIT_HELP,
  WAIT_OPTIONS,
  waitForJob,
  waitTimes,
} from "./privacy-shared";

export default defineCommand({
  name: "privacy export",
  summary: "Export one participant's data (JSON) or the whole project (zip of CSV and JSON)",
  usage: "--participant <email> | --whole-project [--wait] [--out <file>] [--project <id>]",
  help: [
    "--participant <email>  their screener answers, messages, transcript, signals, consents and media links (JSON)",
    "--whole-project        the whole project: sessions, signals, tasks, screener responses as CSV + JSON, zipped",
    "                       (--project <id> names the project to export, as in every command)",
    ...WAIT_HELP,
    "--out <file>           wait, then download the file there (exit 1 if the export failed)",
    "Exports are built in the background and can be downloaded for 7 days (`usertests privacy exports`).",
  ],
  options: { participant: { type: "string" }, "whole-project": { type: "boolean" }, out: { type: "string", short: "o" }, ...WAIT_OPTIONS },
  async run(ctx, args) {
    positionals(args, []);
    const v = args.values;
    const participant = str(v, "participant");
    const whole = bool(v, "whole-project");
    if (Boolean(participant) === whole) throw new UsageError("Choose one: --participant <email> or --whole-project");
    const out = str(v, "out");
    const wait = bool(v, "wait") || out !== undefined;
    const base = exportsPath(ctx.projectId());
    const body = participant ? { kind: "participant", email: participant } : { kind: "project" };
    const created = (await ctx.api.post<{ export: ExportView }>(base, body)).export;
    if (!wait) {
      if (ctx.json) return ctx.out.json({ export: created });
      ctx.out.line(`Export ${created.id} (${created.kind}) requested (${created.status}).`);
      ctx.out.line(`Follow it with: usertests privacy exports   or wait and download: add --out <file>`);
      return;
    }
    ctx.out.info(`Export ${created.id} requested; waiting for it to be built…`);
    const done = await waitForJob(
      ctx,
      "export",
      async () => (await ctx.api.get<{ export: ExportView }>(`${base}/${encodeURIComponent(created.id)}`)).export,
      waitTimes(v),
    );
    let written: number | null = null;
    if (done.status === "completed" && out) written = await downloadExport(ctx, done, out);
    if (ctx.json) ctx.out.json({ export: done, ...(out && written !== null ? { file: { path: out, sizeBytes: written } } : {}) });
    else {
      ctx.out.fields([
        ["Export", done.id],
        ["Kind", done.kind],
        ["Status", done.status],
        ["Size", formatBytes(done.sizeBytes)],
        ["Rows", summarizeCounts(done.counts)],
        ["Expires", done.expiresAt ? formatDate(done.expiresAt) : null],
        ["Download", done.downloadUrl],
        ["Saved to", written !== null ? `${out} (${formatBytes(written)})` : null],
        ["Error", done.error],
      ]);
    }
    return done.status === "completed" ? EXIT.ok : EXIT.failure;
  },
});
