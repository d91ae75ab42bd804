// A minimal stand-in for the Inngest dev server, for the e2e suite (the real one cannot be installed
// on our machines): it accepts events from the app's real Inngest SDK (INNGEST_DEV=<this URL>) and
// drives the app's real /api/inngest endpoint with Inngest's execution protocol — one request per
// step, memoized step results sent back, retries on failure — for the functions listed below only.
// Sleeps longer than a minute park the run, as a real 14-day sleep would.
//   node_modules/.bin/tsx scripts/fake-inngest-executor.ts <port> <app origin>
import http from "node:http";

const port = Number(process.argv[2] ?? 8288);
const appOrigin = process.argv[3] ?? "http://127.0.0.1:3000";
const APP_ID = "usertests";
const MAX_ATTEMPTS = 3;

/** Events this executor runs, and the function each triggers. Other events are accepted and dropped. */
const ROUTES: Record<string, string[]> = {
  "implementation/spec.requested": ["generate-implementation-spec"],
  "implementation/push.requested": ["push-implementation"],
  "implementation/merged": ["measure-implementation-impact"],
};

type Op = { id: string; op: string; name?: string; data?: unknown; error?: unknown; opts?: Record<string, unknown> };
type InngestEvent = { id?: string; name: string; data: Record<string, unknown>; ts?: number };

const log = (line: string) => console.log(`[fake-inngest] ${line}`);

function durationMs(name: string | undefined): number {
  const m = /^(\d+)(ms|s|m|h|d|w)$/.exec(name ?? "");
  if (!m) return Infinity;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as "ms"];
  return Number(m[1]) * unit;
}

async function runFunction(fnSlug: string, event: InngestEvent) {
  const runId = `run_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const steps: Record<string, { type: "data"; data: unknown } | { type: "error"; error: unknown }> = {};
  const stack: string[] = [];
  let attempt = 0;
  let stepId = "step";
  for (let guard = 0; guard < 200; guard++) {
    const url = `${appOrigin}/api/inngest?fnId=${APP_ID}-${fnSlug}&stepId=${encodeURIComponent(stepId)}`;
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ event, events: [event], steps, ctx: { run_id: runId, attempt, max_attempts: MAX_ATTEMPTS, disable_immediate_execution: false, use_api: false, stack: { stack, current: stack.length } } }),
    });
    const text = await res.text();
    stepId = "step";
    if (res.status === 200) return log(`${fnSlug} ${runId} completed: ${text.slice(0, 200)}`);
    if (res.status !== 206) {
      const retriable = res.headers.get("x-inngest-no-retry") !== "true";
      if (retriable && attempt + 1 < MAX_ATTEMPTS) {
        attempt++;
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      return log(`${fnSlug} ${runId} failed (${res.status}): ${text.slice(0, 300)}`);
    }
    const ops = JSON.parse(text) as Op[];
    for (const op of ops) {
      if (op.op === "StepRun" || op.op === "Step") {
        steps[op.id] = { type: "data", data: op.data ?? null };
        stack.push(op.id);
        attempt = 0;
      } else if (op.op === "StepFailed") {
        steps[op.id] = { type: "error", error: op.error };
        stack.push(op.id);
      } else if (op.op === "StepError") {
        // the step will be retried: the same step is requested again with the next attempt number
        if (attempt + 1 >= MAX_ATTEMPTS) {
          steps[op.id] = { type: "error", error: op.error };
          stack.push(op.id);
        } else {
          attempt++;
          await new Promise((r) => setTimeout(r, 500));
        }
      } else if (op.op === "Sleep") {
        if (durationMs(op.name) > 60_000) return log(`${fnSlug} ${runId} sleeping for ${op.name}; parked`);
        await new Promise((r) => setTimeout(r, durationMs(op.name)));
        steps[op.id] = { type: "data", data: null };
        stack.push(op.id);
      } else if (op.op === "StepPlanned") {
        stepId = op.id;
      } else {
        return log(`${fnSlug} ${runId}: unsupported op ${op.op}`);
      }
    }
  }
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    if (req.url === "/health") return res.writeHead(200).end("ok");
    if (req.method === "POST" && req.url?.startsWith("/e/")) {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "[]");
      const events: InngestEvent[] = Array.isArray(body) ? body : [body];
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ids: events.map((e, i) => e.id ?? `evt_${Date.now()}_${i}`), status: 200 }));
      // run after answering, as Inngest does
      for (const event of events) for (const fn of ROUTES[event.name] ?? []) void runFunction(fn, event).catch((e) => log(`${fn} crashed: ${e}`));
      return;
    }
    res.writeHead(404).end();
  });
});
server.listen(port, "127.0.0.1", () => log(`listening on http://127.0.0.1:${port}, running functions on ${appOrigin}`));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => server.close(() => process.exit(0)));
