// usertests session delete <sessionId> --yes — delete a session with its media and derived data (DELETE …/sessions/:id).
import { bool, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { confirm } from "../lib/confirm";

export default defineCommand({
  name: "session delete",
  summary: "Delete a session with its recordings, transcript and signals (cannot be undone)",
  usage: "<sessionId> [--project <id>] [--yes]",
  help: ["--yes   do not ask for confirmation (required when stdin is not a terminal)"],
  options: { yes: { type: "boolean", short: "y" } },
  async run(ctx, args) {
    const [sessionId] = positionals(args, ["sessionId"]);
    const projectId = ctx.projectId();
    await confirm(ctx, bool(args.values, "yes"), `Session ${sessionId} will be deleted with its recordings, transcript and signals.`);
    const data = await ctx.api.delete<{ deletedMediaFiles: number }>(`/api/v1/projects/${seg(projectId)}/sessions/${seg(sessionId)}`);
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Deleted session ${sessionId} (${data.deletedMediaFiles} media files).`);
  },
});
