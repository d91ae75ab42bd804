// Shapes the stand-in executor shares: what the Inngest SDK registers (POST /fn/register), the
// events it receives, and the runs it reports on GET /__control/runs.

export type InngestEvent = { id?: string; name: string; data: Record<string, unknown>; ts?: number; user?: unknown };

export type Concurrency = { limit: number; key?: string; scope?: "fn" | "env" | "account" };

/** One function as the SDK's registration body describes it (InngestFunction.getConfig). */
export interface FunctionConfig {
  id: string;
  name?: string;
  triggers: ({ event: string; expression?: string } | { cron: string })[];
  steps: Record<string, { id: string; runtime: { type: string; url: string }; retries?: { attempts?: number } }>;
  concurrency?: number | Concurrency | Concurrency[];
  idempotency?: string;
  [option: string]: unknown;
}

export interface RegisterBody {
  url: string;
  appName: string;
  functions: FunctionConfig[];
}

export type RunStatus = "queued" | "running" | "sleeping" | "completed" | "failed" | "skipped";

export interface RunStep {
  id: string;
  name: string;
  status: "completed" | "failed" | "retried" | "slept" | "sleeping";
}

/** What GET /__control/runs reports for every run. */
export interface RunRecord {
  id: string;
  function: string;
  event: { id: string; name: string; data: Record<string, unknown> };
  status: RunStatus;
  /** attempts of the step (or request) that took the most: 1 when nothing was retried */
  attempts: number;
  /** requests sent to the app for this run */
  requests: number;
  error: string | null;
  output: unknown;
  steps: RunStep[];
  queuedAt: string;
  startedAt: string | null;
  endedAt: string | null;
}
