// Shapes and printing shared by `task spec|implement|measure` and `implementation list|get`, and the
// poll behind their --wait: spec writing and pull requests run as background functions, so the API
// answers 202 at once and the CLI can follow the attempt until it settles.
import { seg } from "../lib/client";
import { CliError, EXIT, requireRoute } from "../lib/errors";
import { formatDate, formatNumber } from "../lib/output";
import type { Context } from "../lib/context";

export interface Implementation {
  id: string;
  taskId: string;
  status: string;
  dryRun: boolean;
  spec?: string | null;
  repository?: string | null;
  branch: string | null;
  commitSha?: string | null;
  prNumber?: number | null;
  prUrl: string | null;
  prState?: string | null;
  prTitle?: string | null;
  mergedAt?: string | null;
  error?: string | null;
  createdAt: string;
  measurements?: Measurement[];
}

export interface Measurement {
  id: string;
  verdict: string;
  windowDays: number;
  baseline: { rate: number | null; sessions: number };
  current: { rate: number | null; sessions: number };
  changePercent: number | null;
  createdAt: string;
}

export function fetchImplementation(ctx: Context, projectId: string, id: string): Promise<{ implementation: Implementation }> {
  return requireRoute("implementation get", () =>
    ctx.api.get<{ implementation: Implementation }>(`/api/v1/projects/${seg(projectId)}/implementations/${seg(id)}`),
  );
}

/** Polls the attempt until `done` says so or it failed; a failure exits 1 with the server's reason. */
export async function waitForImplementation(
  ctx: Context,
  projectId: string,
  id: string,
  done: (i: Implementation) => boolean,
  options: { timeoutMs: number; intervalMs: number },
): Promise<Implementation> {
  const started = Date.now();
  let last = "";
  for (;;) {
    const { implementation } = await fetchImplementation(ctx, projectId, id);
    if (implementation.status !== last && !ctx.json)
      ctx.out.info(`[${Math.round((Date.now() - started) / 1000)}s] ${implementation.status}`);
    last = implementation.status;
    if (implementation.status === "failed")
      throw new CliError(`Implementation ${id} failed: ${implementation.error ?? "no reason given"}`, EXIT.failure);
    if (done(implementation)) return implementation;
    if (Date.now() - started + options.intervalMs > options.timeoutMs) {
      throw new CliError(`Still ${implementation.status} after ${Math.round(options.timeoutMs / 1000)} s`, EXIT.failure, [
        "Background work waits for Inngest: check `usertests health` (outbox backlog) and the Inngest dashboard; see docs/runbook.md.",
      ]);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs));
  }
}

export function printImplementation(ctx: Context, i: Implementation, options: { spec?: boolean } = {}): void {
  ctx.out.fields([
    ["Implementation", i.id],
    ["Task", i.taskId],
    ["Status", `${i.status}${i.dryRun ? " (dry run)" : ""}`],
    ["Repository", i.repository],
    ["Branch", i.branch],
    ["Commit", i.commitSha],
    ["Pull request", i.prUrl ? `#${i.prNumber ?? "?"} ${i.prUrl} (${i.prState ?? "?"})` : null],
    ["Merged", i.mergedAt ? formatDate(i.mergedAt) : null],
    ["Error", i.error],
    ["Created", formatDate(i.createdAt)],
  ]);
  if (i.measurements?.length) {
    ctx.out.heading("Measurements");
    printMeasurements(ctx, i.measurements);
  }
  if (options.spec && i.spec) {
    ctx.out.heading("Spec");
    ctx.out.line(i.spec);
  }
}

export function printMeasurements(ctx: Context, rows: Measurement[]): void {
  ctx.out.table(
    rows,
    [
      { header: "date", get: (m) => formatDate(m.createdAt) },
      { header: "window", get: (m) => `${m.windowDays} d` },
      { header: "before", get: (m) => `${formatNumber(m.baseline.rate)} (${m.baseline.sessions} ses)` },
      { header: "after", get: (m) => `${formatNumber(m.current.rate)} (${m.current.sessions} ses)` },
      { header: "change", get: (m) => (typeof m.changePercent === "number" ? `${formatNumber(m.changePercent, 1)}%` : null) },
      { header: "verdict", get: (m) => m.verdict.replace(/_/g, " ") },
    ],
    { indent: "  " },
  );
}

export const waitOptions = {
  wait: { type: "boolean" as const, short: "w" },
  timeout: { type: "string" as const },
  interval: { type: "string" as const },
};
export const waitHelp = [
  "--wait             follow the attempt until it settles (exit 1 when it fails or on timeout)",
  "--timeout <s>      how long --wait waits (default 300)",
  "--interval <s>     how often --wait polls (default 2)",
];
