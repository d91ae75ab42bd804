// Shared by the privacy commands (erase, erasures, export, exports): the data-rights views, the
// --wait loop, the erasure receipt, and the export download (a stream to a file, never text).
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { num, type OptionValues } from "../lib/args";
import { CLI_VERSION, serverErrorOf } from "../lib/client";
import type { Context } from "../lib/context";
import { ApiError, CliError, EXIT } from "../lib/errors";
import { formatDate } from "../lib/output";

export type DataRightsStatus = "pending" | "running" | "completed" | "failed";
export type JobProgress = { step?: string; done?: number; total?: number };

export interface ErasureView {
  id: string;
  status: DataRightsStatus;
  emailHash: string;
  requestedBy: { kind: string; id: string | null };
  progress: JobProgress;
  removed: Record<string, number>;
  githubNote: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
}

export interface ExportView {
  id: string;
  kind: "participant" | "project";
  status: DataRightsStatus;
  emailHash: string | null;
  progress: JobProgress;
  counts: Record<string, number>;
  sizeBytes: number | null;
  downloadUrl: string | null;
  error: string | null;
  createdAt: string;
  completedAt: string | null;
  expiresAt: string | null;
}

export const WAIT_HELP = [
  "--wait                 poll until the job has completed or failed (exit 1 when it failed or on timeout)",
  "--timeout <s>          how long --wait waits (default 600); --interval <s>: between polls (default 2)",
];

export const WAIT_OPTIONS = {
  wait: { type: "boolean", short: "w" },
  timeout: { type: "string" },
  interval: { type: "string" },
} as const;

export function waitTimes(values: OptionValues): { timeoutMs: number; intervalMs: number } {
  return {
    timeoutMs: (num(values, "timeout", { min: 1, max: 86_400 }) ?? 600) * 1000,
    intervalMs: (num(values, "interval", { min: 0.1, max: 600 }) ?? 2) * 1000,
  };
}

export const erasuresPath = (projectId: string) => `/api/v1/projects/${encodeURIComponent(projectId)}/erasures`;
export const exportsPath = (projectId: string) => `/api/v1/projects/${encodeURIComponent(projectId)}/exports`;

const running = (status: DataRightsStatus) => status === "pending" || status === "running";

export function describeProgress(status: DataRightsStatus, progress: JobProgress | undefined): string {
  if (!progress?.step) return status;
  const counted = typeof progress.total === "number" && progress.total > 0 ? ` ${progress.done ?? 0}/${progress.total}` : "";
  return `${status} · ${progress.step}${counted}`;
}

/**
 * Polls `fetch` until the job is no longer pending or running, at most `timeoutMs`. Each change of
 * state is one line on stderr, so stdout keeps only the result (and stays parseable with --json).
 */
export async function waitForJob<T extends { status: DataRightsStatus; progress: JobProgress }>(
  ctx: Context,
  what: string,
  fetch: () => Promise<T>,
  options: { timeoutMs: number; intervalMs: number },
): Promise<T> {
  const started = Date.now();
  let last = "";
  for (;;) {
    const job = await fetch();
    const state = describeProgress(job.status, job.progress);
    if (state !== last) ctx.out.info(`[${Math.round((Date.now() - started) / 1000)}s] ${what}: ${state}`);
    last = state;
    if (!running(job.status)) return job;
    if (Date.now() - started + options.intervalMs > options.timeoutMs) {
      throw new CliError(`The ${what} is still ${job.status} after ${Math.round(options.timeoutMs / 1000)} s`, EXIT.failure, [
        "It goes on in the background. Check it later with `usertests privacy erasures` or `usertests privacy exports`;",
        "a job that stays pending means the job engine is not receiving events: see `usertests outbox list`.",
      ]);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs));
  }
}

const GITHUB_STATEMENT = [
  "Quotes in GitHub: spec files and pull-request bodies that quoted this person now say",
  '"[removed at the participant\'s request]" in their current versions. Git history keeps earlier',
  "versions: to purge them, rewrite the repository's history (e.g. git filter-repo), force-push, and ask",
  "GitHub Support to remove cached views (docs/runbook.md#privacy).",
];

/** The receipt of a finished erasure: counts by kind, dates, the email hash, the GitHub statement. */
export function printErasure(ctx: Context, e: ErasureView): void {
  ctx.out.fields([
    ["Erasure", e.id],
    ["Status", e.status],
    ["Email hash", e.emailHash],
    ["Requested", `${formatDate(e.createdAt)} by ${e.requestedBy.id ? `${e.requestedBy.kind} ${e.requestedBy.id}` : e.requestedBy.kind}`],
    ["Completed", e.completedAt ? formatDate(e.completedAt) : null],
    ["Progress", running(e.status) ? describeProgress(e.status, e.progress) : null],
    ["Error", e.error],
  ]);
  if (e.status !== "completed") return;
  ctx.out.heading("Removed");
  const counts = Object.entries(e.removed).filter(([, n]) => typeof n === "number");
  ctx.out.table(
    counts,
    [
      { header: "kind", get: ([kind]) => kind },
      { header: "count", get: ([, n]) => n, align: "right" },
    ],
    { empty: "Nothing was found for this email in this project." },
  );
  ctx.out.line("");
  for (const line of GITHUB_STATEMENT) ctx.out.line(line);
  if (e.githubNote) ctx.out.line(e.githubNote);
}

/** "sessions 3, signals 12" — the non-zero counts, for one table cell. */
export function summarizeCounts(counts: Record<string, number>): string | null {
  const parts = Object.entries(counts)
    .filter(([, n]) => typeof n === "number" && n > 0)
    .map(([k, n]) => `${k} ${n}`);
  return parts.length ? parts.join(", ") : null;
}

export function formatBytes(bytes: number | null | undefined): string | null {
  if (bytes === null || bytes === undefined) return null;
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/**
 * Streams an export's file to `out` (the client's JSON helpers would read a zip as text). The token
 * goes only to the configured server: a download URL on another origin is refused.
 */
export async function downloadExport(ctx: Context, exp: ExportView, out: string): Promise<number> {
  if (!exp.downloadUrl) throw new CliError(`Export ${exp.id} has no download (status ${exp.status})`, EXIT.failure);
  const url = new URL(exp.downloadUrl, ctx.baseUrl + "/");
  if (url.origin !== new URL(ctx.baseUrl).origin)
    throw new CliError(`The download link points to another server (${url.origin}); not sending the token there`, EXIT.failure);
  const headers: Record<string, string> = { "user-agent": `usertests-cli/${CLI_VERSION}` };
  if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
  let res: Response;
  try {
    res = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(10 * 60_000) });
  } catch (e) {
    throw new CliError(`Could not download ${url.pathname} (${(e as Error).message})`, EXIT.failure);
  }
  if (!res.ok || !res.body) {
    const text = await res.text();
    let data: unknown = null;
    try {
      data = JSON.parse(text);
    } catch {
      // not JSON: reported by status
    }
    throw new ApiError("GET", url.pathname, res.status, serverErrorOf(data));
  }
  const target = path.resolve(out);
  // a partial file is never left looking like a finished download
  const partial = `${target}.part`;
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), fs.createWriteStream(partial, { mode: 0o600 }));
    fs.renameSync(partial, target);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw new CliError(`Could not write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, EXIT.failure);
  }
  return fs.statSync(target).size;
}
