// Drives one run through the app's /api/inngest with Inngest's execution protocol, as the Inngest
// server does: POST the event with the memoized step results; 206 answers carry step ops (a step's
// data, a step error to retry, a planned step to request, a sleep); 200 is the function's return
// value; other statuses are a function-level error, retried unless `x-inngest-no-retry: true`.
// Attempts count per step, as in Inngest: `max_attempts` is the function's `retries` + 1.
import { harnessRetryDelayMs, retryAfterMs, sleepMs } from "./durations";
import type { FunctionConfig, InngestEvent, RunRecord } from "./types";

type Op = { id: string; op: string; name?: string; displayName?: string; data?: unknown; error?: unknown };
type Memo = { type: "data"; data: unknown } | { type: "error"; error: unknown };

/** Sleeps longer than this park the run (a 14-day impact window must not hold a journey). */
export const PARK_SLEEPS_LONGER_THAN_MS = 60_000;
const MAX_REQUESTS = 500;

export type RunOutcome =
  { status: "completed"; output: unknown } | { status: "failed"; error: unknown } | { status: "sleeping"; until: string };

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function maxAttempts(fn: FunctionConfig): number {
  // the SDK registers `retries` as steps.step.retries.attempts; unset means Inngest's default of 3
  const retries = Object.values(fn.steps)[0]?.retries?.attempts;
  return (retries ?? 3) + 1;
}

function errorText(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { name?: string; message?: string; error?: string };
    return [e.name, e.message ?? e.error].filter(Boolean).join(": ") || JSON.stringify(error);
  }
  return String(error);
}

export async function executeRun(
  fn: FunctionConfig,
  event: InngestEvent,
  run: RunRecord,
  log: (line: string) => void,
): Promise<RunOutcome> {
  const stepUrl = new URL(Object.values(fn.steps)[0].runtime.url);
  const limit = maxAttempts(fn);
  const memo: Record<string, Memo> = {};
  const stack: string[] = [];
  const planned: string[] = [];
  let attempt = 0;
  let next = "step";

  const remember = (op: Op, value: Memo, status: RunRecord["steps"][number]["status"]) => {
    memo[op.id] = value;
    stack.push(op.id);
    run.steps.push({ id: op.id, name: op.displayName ?? op.name ?? op.id, status });
    attempt = 0;
  };
  const retryLater = async (header: string | null) => {
    attempt++;
    run.attempts = Math.max(run.attempts, attempt + 1);
    await wait(harnessRetryDelayMs(retryAfterMs(header), attempt));
  };

  while (run.requests < MAX_REQUESTS) {
    stepUrl.searchParams.set("stepId", next);
    run.requests++;
    let res: Response;
    try {
      res = await fetch(stepUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          event,
          events: [event],
          steps: memo,
          ctx: {
            run_id: run.id,
            attempt,
            max_attempts: limit,
            disable_immediate_execution: false,
            use_api: false,
            stack: { stack, current: stack.length },
          },
        }),
      });
    } catch (e) {
      // the app is unreachable: Inngest retries the request like a failure
      if (attempt + 1 >= limit) return { status: "failed", error: { name: "Error", message: `app unreachable: ${String(e)}` } };
      await retryLater(null);
      continue;
    }
    const text = await res.text();
    if (res.status === 200) return { status: "completed", output: text ? JSON.parse(text) : null };
    if (res.status !== 206) {
      const error = (() => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return { name: "Error", message: `HTTP ${res.status}: ${text.slice(0, 300)}` };
        }
      })();
      const retriable = res.headers.get("x-inngest-no-retry") !== "true";
      if (!retriable || attempt + 1 >= limit) return { status: "failed", error };
      log(`${fn.id} ${run.id} attempt ${attempt + 1} failed (${res.status}): ${errorText(error).slice(0, 200)}; retrying`);
      await retryLater(res.headers.get("retry-after"));
      continue;
    }

    const ops = JSON.parse(text) as Op[];
    next = "step";
    for (const op of ops) {
      if (op.op === "StepRun" || op.op === "Step") remember(op, { type: "data", data: op.data ?? null }, "completed");
      else if (op.op === "StepFailed") remember(op, { type: "error", error: op.error }, "failed");
      else if (op.op === "StepError") {
        // the SDK has decided this step may be retried (it sends StepFailed on the last attempt)
        run.steps.push({ id: op.id, name: op.displayName ?? op.name ?? op.id, status: "retried" });
        log(
          `${fn.id} ${run.id} step ${op.displayName ?? op.id} attempt ${attempt + 1} failed: ${errorText(op.error).slice(0, 200)}; retrying`,
        );
        await retryLater(res.headers.get("retry-after"));
        planned.unshift(op.id);
      } else if (op.op === "StepPlanned") planned.push(op.id);
      else if (op.op === "Sleep") {
        const ms = sleepMs(op.name);
        if (ms > PARK_SLEEPS_LONGER_THAN_MS) {
          run.steps.push({ id: op.id, name: op.displayName ?? op.id, status: "sleeping" });
          return { status: "sleeping", until: Number.isFinite(ms) ? new Date(Date.now() + ms).toISOString() : String(op.name) };
        }
        await wait(ms);
        remember(op, { type: "data", data: null }, "slept");
      } else return { status: "failed", error: { name: "Error", message: `the e2e executor does not support the ${op.op} op` } };
    }
    next = planned.shift() ?? "step";
  }
  return { status: "failed", error: { name: "Error", message: `more than ${MAX_REQUESTS} requests` } };
}
