// usertests session list — sessions, newest first, with filters and cursor pagination (GET /api/v1/projects/:id/sessions).
import { num, oneOf, positionals, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { formatDate, formatDuration } from "../lib/output";
import type { SessionRow } from "../lib/types";

export const SESSION_STATUSES = ["pending", "active", "completed", "abandoned"] as const;
export const PROCESSING_STATUSES = ["pending", "processing", "processed", "failed"] as const;

export default defineCommand({
  name: "session list",
  summary: "List sessions, newest first",
  usage: "[--status <s>] [--processing <s>] [--q <text>] [--from <date>] [--to <date>] [--limit <n>] [--cursor <c>]",
  help: [
    `--status <s>       ${SESSION_STATUSES.join(" | ")}`,
    `--processing <s>   ${PROCESSING_STATUSES.join(" | ")} (e.g. --processing failed)`,
    "--q <text>         participant name or email contains, or a session id",
    "--from/--to <date> created between (ISO dates)",
    "--limit <n>        1–100 (default 25); --cursor continues from the previous page's nextCursor",
  ],
  options: {
    status: { type: "string" },
    processing: { type: "string" },
    q: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    limit: { type: "string" },
    cursor: { type: "string" },
  },
  async run(ctx, args) {
    positionals(args, []);
    const v = args.values;
    const data = await ctx.api.get<{ sessions: SessionRow[]; nextCursor: string | null }>(
      `/api/v1/projects/${seg(ctx.projectId())}/sessions`,
      {
        status: oneOf(v, "status", SESSION_STATUSES),
        processingStatus: oneOf(v, "processing", PROCESSING_STATUSES),
        q: str(v, "q"),
        from: str(v, "from"),
        to: str(v, "to"),
        limit: num(v, "limit", { integer: true, min: 1, max: 100 }),
        cursor: str(v, "cursor"),
      },
    );
    if (ctx.json) return ctx.out.json(data);
    ctx.out.table(
      data.sessions,
      [
        { header: "id", get: (s) => s.id },
        { header: "participant", get: (s) => s.participantName ?? s.participantEmail, max: 28 },
        { header: "status", get: (s) => s.status },
        { header: "processing", get: (s) => s.processingStatus },
        { header: "signals", get: (s) => s.signalCount, align: "right" },
        { header: "duration", get: (s) => formatDuration(s.durationMs), align: "right" },
        { header: "created", get: (s) => formatDate(s.createdAt) },
        { header: "error", get: (s) => s.processingError, max: 50 },
      ],
      { empty: "No sessions match." },
    );
    if (data.nextCursor) ctx.out.info(`More: --cursor ${data.nextCursor}`);
  },
});
