// usertests task invite <taskId> [--dry-run] — follow-up invitations for a merged task: the
// participants behind its evidence who agreed to be contacted again each get a personal link to a
// short interview (POST …/tasks/:taskId/follow-up-invitations; once per person, however often run).
// --dry-run lists who would be invited and what was already sent, and sends nothing.
import { bool, positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";
import { formatDate } from "../lib/output";

interface Eligible {
  maskedEmail: string;
  name: string | null;
  sessionCount: number;
  alreadyInvited: boolean;
}
interface Invitation {
  label: string;
  status: string;
  sentAt: string | null;
  openedAt: string | null;
  completedAt: string | null;
  lastError: string | null;
}
interface Listing {
  eligible: Eligible[] | null;
  invitations: Invitation[];
}

export default defineCommand({
  name: "task invite",
  summary: "Invite the participants behind a merged task's evidence to a follow-up interview",
  usage: "<taskId> [--dry-run] [--project <id>]",
  help: ["--dry-run          list who would be invited; send nothing"],
  options: { "dry-run": { type: "boolean" } },
  async run(ctx, args) {
    const [taskId] = positionals(args, ["taskId"]);
    const path = `/api/v1/projects/${seg(ctx.projectId())}/tasks/${seg(taskId)}/follow-up-invitations`;
    const dryRun = bool(args.values, "dry-run");
    const data = dryRun
      ? await requireRoute("task invite", () => ctx.api.get<Listing>(path))
      : await requireRoute("task invite", () => ctx.api.post<Listing & { invited: number; alreadyInvited: number }>(path, {}));
    if (ctx.json) return ctx.out.json(data);
    if (dryRun) {
      const toInvite = (data.eligible ?? []).filter((e) => !e.alreadyInvited);
      ctx.out.line(`${toInvite.length} participant${toInvite.length === 1 ? "" : "s"} would be invited (dry run: nothing sent).`);
      ctx.out.table(toInvite, [
        { header: "Participant", get: (e) => e.name ?? e.maskedEmail },
        { header: "Email", get: (e) => e.maskedEmail },
        { header: "Sessions", get: (e) => e.sessionCount, align: "right" },
      ]);
    } else {
      const r = data as Listing & { invited: number; alreadyInvited: number };
      ctx.out.line(`Invited ${r.invited} participant${r.invited === 1 ? "" : "s"}; ${r.alreadyInvited} had been invited before.`);
    }
    ctx.out.line();
    ctx.out.table(
      data.invitations,
      [
        { header: "Invitee", get: (i) => i.label },
        { header: "Status", get: (i) => i.status },
        { header: "Sent", get: (i) => formatDate(i.sentAt) },
        { header: "Opened", get: (i) => formatDate(i.openedAt) },
        { header: "Completed", get: (i) => formatDate(i.completedAt) },
        { header: "Error", get: (i) => i.lastError ?? "", max: 60 },
      ],
      { empty: "No invitations yet." },
    );
  },
});
