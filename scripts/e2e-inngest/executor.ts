// The stand-in Inngest server's core, for the e2e suite only (never part of the product runtime):
// learns the app's functions from the SDK's registration, routes each event to the functions whose
// triggers match it, and runs them with per-function concurrency, idempotency and retries
// (execute-run.ts). Runs that fail for good emit `inngest/function.failed`, which starts the
// function's onFailure handler as in Inngest. Every run is kept for GET /__control/runs.
// Not modelled: throttle, rate limits, debounce, batching, priorities, cancellation — the
// journeys never come near the app's limits.
import { randomUUID } from "node:crypto";
import { ConcurrencyLimiter, slotsFor } from "./concurrency";
import { executeRun } from "./execute-run";
import { evaluateCondition, evaluateKey } from "./expressions";
import type { FunctionConfig, InngestEvent, RegisterBody, RunRecord } from "./types";

const FUNCTION_FAILED = "inngest/function.failed";
const SCHEDULED_TIMER = "inngest/scheduled.timer";
const IGNORED_OPTIONS = ["throttle", "rateLimit", "debounce", "batchEvents", "priority", "singleton", "cancel", "timeouts"];

export class Executor {
  readonly runs: RunRecord[] = [];
  private functions = new Map<string, FunctionConfig>();
  private seenEvents = new Set<string>();
  private idempotencyKeys = new Set<string>();
  private limiter = new ConcurrencyLimiter();
  private pendingEvents: InngestEvent[] = [];
  private settled = new Map<string, (run: RunRecord) => void>();

  constructor(private readonly log: (line: string) => void = (line) => console.log(`[fake-inngest] ${line}`)) {}

  get registered(): boolean {
    return this.functions.size > 0;
  }

  listFunctions(): FunctionConfig[] {
    return [...this.functions.values()];
  }

  /** POST /fn/register from the app's SDK: replaces the known functions; events that waited are routed. */
  register(body: RegisterBody): void {
    this.functions = new Map(body.functions.map((f) => [f.id, f]));
    for (const fn of body.functions) {
      const ignored = IGNORED_OPTIONS.filter((o) => fn[o] !== undefined && fn[o] !== null);
      this.log(
        `registered ${fn.id} (${fn.triggers.map((t) => ("cron" in t ? `cron ${t.cron}` : t.event)).join(", ")})${ignored.length ? `; not modelled: ${ignored.join(", ")}` : ""}`,
      );
    }
    const waiting = this.pendingEvents.splice(0);
    for (const event of waiting) this.route(event);
  }

  /** Accepts events (POST /e/:key): answers their ids; runs start in the background, as in Inngest. */
  send(events: InngestEvent[]): string[] {
    return events.map((raw) => {
      const event = { ...raw, id: raw.id || randomUUID(), ts: raw.ts ?? Date.now(), data: raw.data ?? {} };
      // Inngest ignores an event whose id it has already seen (the outbox relies on it)
      if (this.seenEvents.has(event.id)) {
        this.log(`duplicate event ${event.name} ${event.id} ignored`);
        return event.id;
      }
      this.seenEvents.add(event.id);
      if (this.registered) this.route(event);
      else this.pendingEvents.push(event);
      return event.id;
    });
  }

  /** Runs a cron-triggered function now (POST /__control/cron/:id, or the schedule). */
  runCron(functionId: string): RunRecord {
    const fn = this.findFunction(functionId);
    const cron = fn?.triggers.find((t): t is { cron: string } => "cron" in t);
    if (!fn || !cron)
      throw new Error(
        `no cron-triggered function ${functionId}; known: ${this.listFunctions()
          .map((f) => f.id)
          .join(", ")}`,
      );
    return this.start(fn, { id: randomUUID(), name: SCHEDULED_TIMER, data: { cron: cron.cron }, ts: Date.now() });
  }

  findFunction(id: string): FunctionConfig | undefined {
    return this.functions.get(id) ?? this.listFunctions().find((f) => f.id.endsWith(`-${id}`));
  }

  /** Resolves when the run has completed, failed, been skipped or parked in a long sleep. */
  settledRun(runId: string): Promise<RunRecord> {
    const run = this.runs.find((r) => r.id === runId);
    if (run && isSettled(run)) return Promise.resolve(run);
    return new Promise((resolve) => this.settled.set(runId, resolve));
  }

  private route(event: InngestEvent) {
    const targets = this.listFunctions().filter((fn) =>
      fn.triggers.some((t) => "event" in t && t.event === event.name && (!t.expression || safeCondition(t.expression, event, this.log))),
    );
    if (!targets.length) this.log(`event ${event.name} ${event.id}: no function is triggered by it`);
    for (const fn of targets) this.start(fn, event);
  }

  private start(fn: FunctionConfig, event: InngestEvent): RunRecord {
    const run: RunRecord = {
      id: `01E2E${randomUUID().replaceAll("-", "").slice(0, 21).toUpperCase()}`,
      function: fn.id,
      event: { id: event.id!, name: event.name, data: event.data },
      status: "queued",
      attempts: 1,
      requests: 0,
      error: null,
      output: null,
      steps: [],
      queuedAt: new Date().toISOString(),
      startedAt: null,
      endedAt: null,
    };
    this.runs.push(run);
    if (fn.idempotency) {
      // at most one run per key (Inngest: per 24 h)
      const key = `${fn.id}:${evaluateKey(fn.idempotency, { event })}`;
      if (this.idempotencyKeys.has(key)) return this.finish(run, "skipped", { error: `idempotency key ${fn.idempotency} already used` });
      this.idempotencyKeys.add(key);
    }
    const slots = slotsFor(fn, event);
    this.limiter.enqueue(slots, () => {
      run.status = "running";
      run.startedAt = new Date().toISOString();
      void executeRun(fn, event as InngestEvent & { id: string }, run, this.log)
        .catch((e: unknown) => ({ status: "failed" as const, error: { name: "Error", message: `executor crashed: ${String(e)}` } }))
        .then((outcome) => {
          this.limiter.release(slots);
          if (outcome.status === "completed") this.finish(run, "completed", { output: outcome.output });
          else if (outcome.status === "sleeping") this.finish(run, "sleeping", { output: { sleepingUntil: outcome.until } });
          else this.fail(fn, event, run, outcome.error);
        });
    });
    return run;
  }

  private fail(fn: FunctionConfig, event: InngestEvent, run: RunRecord, error: unknown) {
    const e = (error && typeof error === "object" ? error : { message: String(error) }) as { name?: string; message?: string };
    this.finish(run, "failed", { error: [e.name, e.message].filter(Boolean).join(": ") || "failed" });
    if (event.name === FUNCTION_FAILED) return; // a failing failure handler does not start another
    this.send([
      { name: FUNCTION_FAILED, data: { function_id: fn.id, run_id: run.id, error: { name: "Error", message: "failed", ...e }, event } },
    ]);
  }

  private finish(run: RunRecord, status: RunRecord["status"], result: { output?: unknown; error?: string }): RunRecord {
    run.status = status;
    run.output = result.output ?? null;
    run.error = result.error ?? null;
    run.endedAt = new Date().toISOString();
    this.log(
      `${run.function} ${run.id} (${run.event.name}) ${status}${run.error ? `: ${run.error.slice(0, 300)}` : ""} after ${run.requests} requests`,
    );
    this.settled.get(run.id)?.(run);
    this.settled.delete(run.id);
    return run;
  }
}

export function isSettled(run: RunRecord): boolean {
  return run.status !== "queued" && run.status !== "running";
}

function safeCondition(expression: string, event: InngestEvent, log: (line: string) => void): boolean {
  try {
    return evaluateCondition(expression, { event });
  } catch (e) {
    log(`trigger expression not understood, not matched: ${String(e)}`);
    return false;
  }
}
