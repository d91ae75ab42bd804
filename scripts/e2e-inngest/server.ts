// The stand-in Inngest server's HTTP face (see executor.ts), for the e2e suite:
//   POST /fn/register             the app's SDK registers its functions (after PUT <app>/api/inngest)
//   POST /e/:eventKey             events from the app's SDK (the outbox dispatcher)
//   GET  /health                  200 once the app's functions are registered, 503 before
//   GET  /__control/functions     what was registered: id, triggers, concurrency, attempts
//   GET  /__control/runs          every run: function, event, status, attempts, error, steps
//   POST /__control/cron/:fnId    run a cron-triggered function now ({ wait: true } answers when it settles)
//   POST /__control/sync          ask the app to register again
import http from "node:http";
import type { AddressInfo } from "node:net";
import { cronMatches } from "./cron";
import { maxAttempts } from "./execute-run";
import { Executor } from "./executor";
import type { InngestEvent, RegisterBody } from "./types";

export interface ExecutorServerOptions {
  port?: number;
  /** the app's Inngest endpoint, e.g. http://127.0.0.1:3100/api/inngest */
  appEndpoint: string;
  /** also fire cron functions on their schedule (checked every minute); off: only /__control/cron */
  cronSchedule?: boolean;
  log?: (line: string) => void;
}

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startExecutorServer(options: ExecutorServerOptions) {
  const log = options.log ?? ((line: string) => console.log(`[fake-inngest] ${line}`));
  const executor = new Executor(log);

  /** PUT <app>/api/inngest: the SDK then POSTs its function configs to INNGEST_DEV's /fn/register. */
  async function sync(): Promise<{ ok: boolean; message: string }> {
    try {
      const res = await fetch(options.appEndpoint, { method: "PUT" });
      const text = await res.text();
      return { ok: res.ok && executor.registered, message: `${res.status} ${text.slice(0, 300)}` };
    } catch (e) {
      return { ok: false, message: String(e) };
    }
  }

  async function handle(req: http.IncomingMessage, body: string, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (req.method === "GET" && path === "/health")
      return json(res, executor.registered ? 200 : 503, { registered: executor.listFunctions().map((f) => f.id) });
    if (req.method === "POST" && path === "/fn/register") {
      executor.register(JSON.parse(body) as RegisterBody);
      return json(res, 200, { status: 200, modified: true });
    }
    if (req.method === "POST" && path.startsWith("/e/")) {
      const parsed = JSON.parse(body || "[]") as InngestEvent | InngestEvent[];
      return json(res, 200, { ids: executor.send(Array.isArray(parsed) ? parsed : [parsed]), status: 200 });
    }
    if (req.method === "GET" && path === "/__control/functions") {
      return json(res, 200, {
        functions: executor.listFunctions().map((f) => ({
          id: f.id,
          name: f.name,
          triggers: f.triggers,
          concurrency: f.concurrency ?? null,
          idempotency: f.idempotency ?? null,
          maxAttempts: maxAttempts(f),
        })),
      });
    }
    if (req.method === "GET" && path === "/__control/runs") {
      const fn = url.searchParams.get("function");
      const event = url.searchParams.get("event");
      const runs = executor.runs.filter(
        (r) => (!fn || r.function === fn || r.function.endsWith(`-${fn}`)) && (!event || r.event.name === event),
      );
      return json(res, 200, { runs });
    }
    const cron = /^\/__control\/cron\/([^/]+)$/.exec(path);
    if (req.method === "POST" && cron) {
      let run;
      try {
        run = executor.runCron(decodeURIComponent(cron[1]));
      } catch (e) {
        return json(res, 404, { error: { code: "not_found", message: String(e) } });
      }
      const wait = Boolean((JSON.parse(body || "{}") as { wait?: boolean }).wait);
      return json(res, wait ? 200 : 202, { run: wait ? await executor.settledRun(run.id) : run });
    }
    if (req.method === "POST" && path === "/__control/sync") {
      const result = await sync();
      return json(res, result.ok ? 200 : 502, { ...result, functions: executor.listFunctions().map((f) => f.id) });
    }
    json(res, 404, { error: { code: "not_found", message: `no route ${req.method} ${path}` } });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      handle(req, Buffer.concat(chunks).toString("utf8"), res).catch((e: unknown) =>
        json(res, 500, { error: { code: "internal", message: String(e) } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let timer: NodeJS.Timeout | undefined;
  if (options.cronSchedule) {
    const tick = () => {
      const now = new Date();
      for (const fn of executor.listFunctions())
        for (const t of fn.triggers) if ("cron" in t && cronMatches(t.cron, now)) executor.runCron(fn.id);
      timer = setTimeout(tick, 60_000 - (Date.now() % 60_000));
    };
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000));
  }

  return {
    url,
    executor,
    sync,
    async close() {
      clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
