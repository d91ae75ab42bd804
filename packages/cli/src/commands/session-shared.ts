// Shared by session get / reprocess: the detail view and the --watch loop.
import { seg } from "../lib/client";
import type { Context } from "../lib/context";
import { ApiError, CliError, EXIT } from "../lib/errors";
import { between, formatDate, formatDuration, formatNumber, formatOffset, formatTime, oneLine, truncate } from "../lib/output";
import type { SessionDetail } from "../lib/types";

/** The project named on this run (--project or USERTESTS_PROJECT), not the profile's default. */
export function explicitProject(ctx: Context): string | null {
  return ctx.flags.project ?? (ctx.io.env.USERTESTS_PROJECT?.trim() || null);
}

/**
 * A session's detail. A session id identifies its project, so without an explicit project the CLI
 * asks GET /api/v1/sessions/:id (the server checks membership of the session's project); with one,
 * the project's own route. A server older than that route falls back to the default project.
 */
export async function fetchSession(ctx: Context, projectId: string | null, sessionId: string): Promise<SessionDetail> {
  const byProject = async (id: string) =>
    (await ctx.api.get<{ session: SessionDetail }>(`/api/v1/projects/${seg(id)}/sessions/${seg(sessionId)}`)).session;
  if (projectId) return byProject(projectId);
  try {
    return (await ctx.api.get<{ session: SessionDetail }>(`/api/v1/sessions/${seg(sessionId)}`)).session;
  } catch (e) {
    if (e instanceof ApiError && e.routeMissing) return byProject(ctx.projectId());
    throw e;
  }
}

const FINAL = new Set(["processed", "failed"]);
const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/**
 * Polls the session until processing is processed or failed, at most `timeoutMs`. Progress goes to
 * stderr: an animated line on a terminal, one line per change otherwise (CI logs).
 */
export async function watchSession(
  ctx: Context,
  projectId: string | null,
  sessionId: string,
  options: { timeoutMs: number; intervalMs: number; sinceRunCount?: number },
): Promise<SessionDetail> {
  const started = Date.now();
  let last = "";
  let frame = 0;
  const tty = ctx.io.isTTY && !ctx.json;
  for (;;) {
    const session = await fetchSession(ctx, projectId, sessionId);
    const run = session.processingRuns?.[0];
    const step = run?.steps?.[run.steps.length - 1];
    const elapsed = Math.round((Date.now() - started) / 1000);
    const state = `${session.status} · processing ${session.processingStatus}${step && session.processingStatus === "processing" ? ` (step ${step.name})` : ""}`;
    if (tty) ctx.io.stderr(`\r\x1b[2K${SPINNER[frame++ % SPINNER.length]} ${state} · ${elapsed}s`);
    else if (state !== last) ctx.io.stderr(`[${elapsed}s] ${state}\n`);
    last = state;
    if (FINAL.has(session.processingStatus)) {
      if (tty) ctx.io.stderr("\r\x1b[2K");
      return session;
    }
    if (Date.now() - started + options.intervalMs > options.timeoutMs) {
      if (tty) ctx.io.stderr("\n");
      throw new CliError(`Still ${session.processingStatus} after ${Math.round(options.timeoutMs / 1000)} s`, EXIT.failure, [
        session.status !== "completed"
          ? `The session is ${session.status}: it is processed once it ends.`
          : "Check the outbox backlog (usertests health) and the Inngest dashboard; see docs/runbook.md.",
      ]);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs));
  }
}

export function printSession(ctx: Context, s: SessionDetail, options: { full?: boolean } = {}): void {
  const out = ctx.out;
  const who = [s.participantName, s.participantEmail ? `<${s.participantEmail}>` : null].filter(Boolean).join(" ");
  out.fields([
    ["Session", s.id],
    ["Participant", who || "anonymous"],
    ["Status", `${s.status} (${s.mode}, phase ${s.currentPhase}, ${s.participantTurns} participant turns)`],
    ["Started", formatDate(s.startedAt)],
    ["Completed", s.completedAt ? `${formatDate(s.completedAt)} (${formatDuration(s.durationMs)})` : null],
    [
      "Processing",
      `${s.processingStatus}${s.processedAt ? ` at ${formatDate(s.processedAt)}` : ""} · ${s.signalCount} signals · $${formatNumber(s.costUsd, 4)}`,
    ],
    ["Failure", s.processingError],
    [
      "Consents",
      `recording ${s.consentRecording ? "yes" : "no"}, analytics ${s.consentAnalytics ? "yes" : "no"}, follow-up ${s.consentFollowUp ? "yes" : "no"}`,
    ],
    ["Summary", s.summary],
  ]);

  const messages = s.messages ?? [];
  out.heading(`Messages (${messages.length})`);
  if (!messages.length) out.line("  (none)");
  for (const m of messages) {
    const text = oneLine(m.content);
    out.line(`  ${formatOffset(m.offsetMs)}  ${m.role.padEnd(11)} ${options.full ? text : truncate(text, 160)}`);
  }

  const events = s.events ?? [];
  const byType = new Map<string, number>();
  for (const e of events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  out.heading(`Events: ${events.length}${byType.size ? ` (${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")})` : ""}`);
  const chunks = s.chunks ?? [];
  if (chunks.length) {
    const audio = chunks.filter((c) => c.kind === "audio");
    const transcribed = audio.filter((c) => c.transcriptStatus === "done").length;
    out.line(`Media: ${audio.length} audio chunks (${transcribed} transcribed), ${chunks.length - audio.length} screen chunks`);
  }

  const signals = s.signals ?? [];
  out.heading(`Signals (${signals.length})`);
  out.table(
    signals,
    [
      { header: "id", get: (x) => x.id },
      { header: "at", get: (x) => formatOffset(x.offsetMs) },
      { header: "type", get: (x) => x.type },
      { header: "conf", get: (x) => formatNumber(x.confidence), align: "right" },
      { header: "int", get: (x) => formatNumber(x.intensity), align: "right" },
      { header: "tasks", get: (x) => (x.tasks ?? []).length, align: "right" },
      { header: "quote", get: (x) => x.quote, max: options.full ? 10_000 : 70 },
    ],
    { indent: "  " },
  );

  const runs = s.processingRuns ?? [];
  out.heading(`Processing runs (${runs.length})`);
  if (!runs.length) out.line("  (none yet)");
  for (const run of runs) {
    const took = between(run.startedAt, run.finishedAt);
    out.line(
      `  ${run.status.toUpperCase()}  run ${run.id} · ${run.trigger} · attempt ${run.attempt + 1} · ${formatDate(run.startedAt)}${took !== undefined ? ` · ${formatDuration(took)}` : ""}${run.inngestRunId ? ` · inngest ${run.inngestRunId}` : ""}`,
    );
    if (run.error) out.line(`    reason: ${run.error}`);
    for (const step of run.steps ?? []) {
      const mark =
        step.status === "succeeded" ? "ok  " : step.status === "failed" ? "FAIL" : step.status === "running" ? "... " : step.status;
      const d = between(step.startedAt, step.finishedAt);
      out.line(
        `    ${mark} ${step.name}${d !== undefined ? ` (${formatDuration(d)})` : ""}${step.error ? ` — ${oneLine(step.error)}` : ""}`,
      );
    }
  }

  const activity = s.activity ?? [];
  out.heading(`Activity (${activity.length})`);
  for (const a of activity) {
    const extra = a.message ?? (a.kind === "processed" && a.data && "signalCount" in a.data ? `${a.data.signalCount} signals` : "");
    out.line(
      `  ${formatDate(a.createdAt).slice(0, 10)} ${formatTime(a.createdAt)}  ${a.kind}${extra ? `: ${oneLine(String(extra))}` : ""}`,
    );
  }
}
