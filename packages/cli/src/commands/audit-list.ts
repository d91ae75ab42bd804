// usertests audit list — the project's append-only audit log, newest first, with cursor pagination (GET /api/v1/projects/:id/audit, admin).
import { num, positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatDate } from "../lib/output";

interface AuditEventRow {
  id: string;
  action: string;
  actor: { kind: string; id: string | null };
  target: { type: string; id: string } | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export default defineCommand({
  name: "audit list",
  summary: "List the project's audit log (role changes, keys, GitHub, erasure, export, retention), newest first",
  usage: "[--action <name>] [--limit <n>] [--cursor <c>] [--project <id>]",
  help: [
    "--action <name>    only this action, e.g. member.role_changed, secret_key.revoked, github.disconnected",
    "--limit <n>        1–100 (default 25); --cursor continues from the previous page's nextCursor",
    "The log is written by the server only; nobody can change or delete its rows.",
  ],
  options: { action: { type: "string" }, limit: { type: "string" }, cursor: { type: "string" } },
  async run(ctx, args) {
    positionals(args, []);
    const v = args.values;
    const data = await ctx.api.get<{ events: AuditEventRow[]; nextCursor: string | null }>(
      `/api/v1/projects/${seg(ctx.projectId())}/audit`,
      {
        action: str(v, "action"),
        limit: num(v, "limit", { integer: true, min: 1, max: 100 }),
        cursor: str(v, "cursor"),
      },
    );
    if (ctx.json) return ctx.out.json(data);
    ctx.out.table(
      data.events,
      [
        { header: "when", get: (e) => formatDate(e.createdAt) },
        { header: "action", get: (e) => e.action },
        { header: "actor", get: (e) => (e.actor.id ? `${e.actor.kind} ${e.actor.id}` : e.actor.kind) },
        { header: "target", get: (e) => (e.target ? `${e.target.type} ${e.target.id}` : null) },
        { header: "details", get: (e) => (Object.keys(e.details).length ? JSON.stringify(e.details) : null), max: 60 },
      ],
      { empty: "No audit events." },
    );
    if (data.nextCursor) ctx.out.info(`More: usertests audit list --cursor ${data.nextCursor}`);
  },
});
