// npm run bench:dashboard — server-side render time of every researcher dashboard page against the
// scale database (npm run db:seed:scale first: 100k sessions, 1M events, 200k signals, 5k tasks in
// one project), signed in as its owner, next to baselines measured in the same run: a page that
// touches no database (/signin, signed out), the smallest signed-in page (/account/tokens), and raw
// Postgres round trips (SELECT 1; the sessions list's first page as one hand-written query).
//
// Needs an existing production build (`npm run build`; NEXT_DIST_DIR selects another build folder,
// e.g. NEXT_DIST_DIR=.next-bench npm run build). Starts the production server (server.ts) on BENCH_PORT (default 3500)
// with NODE_ENV=test and the development login (like scripts/e2e-server.ts), signs in through
// Auth.js' own endpoints, then requests every page BENCH_WARMUP times (default 3, not measured) and
// BENCH_ROUNDS times (default 20), one request at a time, pages interleaved round by round so a
// noisy neighbour slows every page alike. A page that does not exist yet is reported as
// "missing (404)". Goals (issue #19): p50 ≤ 100 ms per page at a quiet moment, and every page's server-rendered HTML (the document
// with its inlined RSC payload, what a browser downloads before it can show anything) ≤ 150 KB — the
// size is deterministic, so it is the figure to compare across runs on a busy machine.
//
// BENCH_VARIANT_PG_OPTIONS="-c name=value …" starts a second app on BENCH_PORT + 1 whose database
// connections carry those settings (libpq `options`) and measures it in the same rounds, alternating
// with the first, for an A/B of a database setting under the same noise.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { productionServerArgs } from "../lib/production-server";
import { openScaleServer, SCALE_DATABASE } from "../lib/scale-database";
import { SCALE } from "../lib/scale-seed";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3500);
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const ORIGIN = `http://127.0.0.1:${PORT}`;
const GOAL_MS = 100;
const GOAL_KB = 150;
const VARIANT = process.env.BENCH_VARIANT_PG_OPTIONS;

if (!fs.existsSync(path.join(DIST, "BUILD_ID"))) {
  console.error(`No production build in ${DIST}/: run \`npm run build\` first (or NEXT_DIST_DIR=${DIST} npm run build).`);
  process.exit(2);
}

const server = await openScaleServer();
const raw = new pg.Pool({ connectionString: server.url, max: 2 });
const apps: ReturnType<typeof spawn>[] = [];

async function cleanup() {
  for (const n of apps) {
    if (n.exitCode !== null || n.signalCode !== null) continue;
    n.kill("SIGTERM");
    await new Promise((resolve) => n.once("exit", resolve));
  }
  await raw.end().catch(() => {});
  await server.stop();
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().then(() => process.exit(130)));

const one = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await raw.query<T>(sql, params)).rows[0];

// ───── what to open: the scale project and representative rows in it ─────
const project = await one<{ id: string }>(`SELECT id FROM "Project" WHERE id = $1`, [SCALE.projectId]).catch(() => undefined);
if (!project) {
  console.error(`${SCALE_DATABASE} has no scale project: run \`npm run db:seed:scale\` first.`);
  await cleanup();
  process.exit(2);
}
const P = SCALE.projectId;
// the busiest processed session (most events, with a transcript), and a median one
const bigSession = await one<{ id: string; events: number; signals: number; messages: number }>(
  `SELECT s.id, (SELECT count(*)::int FROM "SessionEvent" e WHERE e."sessionId" = s.id) AS events, s."signalCount" AS signals,
          (SELECT count(*)::int FROM "SessionMessage" m WHERE m."sessionId" = s.id) AS messages
   FROM "Session" s
   WHERE s."projectId" = $1 AND s."processingStatus" = 'processed' AND EXISTS (SELECT 1 FROM "SessionMessage" m WHERE m."sessionId" = s.id)
   ORDER BY (SELECT count(*) FROM "SessionEvent" e WHERE e."sessionId" = s.id) DESC, s.id LIMIT 1`,
  [P],
);
const typicalSession = await one<{ id: string; events: number; signals: number }>(
  `SELECT s.id, (SELECT count(*)::int FROM "SessionEvent" e WHERE e."sessionId" = s.id) AS events, s."signalCount" AS signals
   FROM "Session" s WHERE s."projectId" = $1 AND s."processingStatus" = 'processed' AND s."signalCount" = 3
   ORDER BY s."createdAt" DESC, s.id LIMIT 1`,
  [P],
);
const topTask = await one<{ id: string; signalCount: number }>(
  `SELECT id, "signalCount" FROM "Task" WHERE "projectId" = $1 ORDER BY "priorityScore" DESC, id LIMIT 1`,
  [P],
);
const typicalTask = await one<{ id: string; signalCount: number }>(
  `SELECT id, "signalCount" FROM "Task" WHERE "projectId" = $1 ORDER BY "priorityScore" DESC, id OFFSET (SELECT count(*) / 2 FROM "Task" WHERE "projectId" = $1) LIMIT 1`,
  [P],
);
const screener = await one<{ id: string; responses: number }>(
  `SELECT "screenerId" AS id, count(*)::int AS responses FROM "ScreenerResponse" WHERE "projectId" = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
  [P],
);

interface Target {
  label: string;
  path: string;
  signedIn: boolean;
  baseline?: boolean;
  note?: string;
}
const base = `/projects/${P}`;
const targets: Target[] = [
  { label: "baseline: /signin (signed out, no database)", path: "/signin", signedIn: false, baseline: true },
  { label: "baseline: /account/tokens (signed-in shell)", path: "/account/tokens", signedIn: true, baseline: true },
  { label: "projects list", path: "/projects", signedIn: true },
  { label: "project overview", path: base, signedIn: true },
  { label: "sessions", path: `${base}/sessions`, signedIn: true },
  { label: "sessions, participant search", path: `${base}/sessions?q=participant4242`, signedIn: true },
  { label: "sessions, failed processing", path: `${base}/sessions?processingStatus=failed`, signedIn: true },
  {
    label: "session (busiest)",
    path: `${base}/sessions/${bigSession.id}`,
    signedIn: true,
    note: `${bigSession.events} events, ${bigSession.messages} messages, ${bigSession.signals} signals`,
  },
  {
    label: "session (typical)",
    path: `${base}/sessions/${typicalSession.id}`,
    signedIn: true,
    note: `${typicalSession.events} events, ${typicalSession.signals} signals`,
  },
  { label: "signals", path: `${base}/signals`, signedIn: true },
  { label: "signals, phrase search", path: `${base}/signals?q=${encodeURIComponent("gift cards")}`, signedIn: true },
  { label: "signals, type + min intensity", path: `${base}/signals?type=workaround&minIntensity=0.8`, signedIn: true },
  { label: "tasks", path: `${base}/tasks`, signedIn: true },
  { label: "task (top priority)", path: `${base}/tasks/${topTask.id}`, signedIn: true, note: `${topTask.signalCount} signals` },
  { label: "task (median priority)", path: `${base}/tasks/${typicalTask.id}`, signedIn: true, note: `${typicalTask.signalCount} signals` },
  { label: "screeners", path: `${base}/screeners`, signedIn: true },
  { label: "screener (most responses)", path: `${base}/screeners/${screener.id}`, signedIn: true, note: `${screener.responses} responses` },
  { label: "settings", path: `${base}/settings`, signedIn: true },
];

// ───── the app(s) ─────
const logFile = path.resolve(".data/bench-dashboard.log");
fs.mkdirSync(path.dirname(logFile), { recursive: true });
const log = fs.createWriteStream(logFile);

function startApp(port: number, databaseUrl: string) {
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "test", // keeps the development login, which is refused in production
    AUTH_DEV_LOGIN: "1",
    AUTH_SECRET: "bench-only-secret-bench-only-secret-0123", // the same for both apps: one session cookie works on both
    AUTH_TRUST_HOST: "true",
    AUTH_URL: origin,
    APP_URL: origin,
    NEXT_DIST_DIR: DIST,
    DATA_DIR: ".data/bench-dashboard",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const name of ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET", "AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET", "EMAIL_SERVER", "PORT", "REDIS_URL"])
    delete env[name];
  const child = spawn(process.execPath, productionServerArgs(port, "127.0.0.1"), {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  apps.push(child);
  return { origin, child };
}

function withPgOptions(url: string, options: string) {
  const u = new URL(url);
  u.searchParams.set("options", [u.searchParams.get("options"), options].filter(Boolean).join(" "));
  return u.toString();
}

const main = startApp(PORT, server.url);
const variant = VARIANT ? startApp(PORT + 1, withPgOptions(server.url, VARIANT)) : null;
const ORIGINS = variant ? [main.origin, variant.origin] : [main.origin];

async function waitForServer(app: { origin: string; child: ReturnType<typeof spawn> }) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`the app server exited (${app.child.exitCode}); see ${logFile}`);
    try {
      const res = await fetch(`${app.origin}/signin`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app server did not answer within 60 s; see ${logFile}`);
}

// ───── sign-in: Auth.js' CSRF endpoint, then the development login's credentials callback ─────
const jar = new Map<string, string>();
const keep = (res: Response) => {
  for (const c of res.headers.getSetCookie()) {
    const pair = c.split(";")[0];
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
};
const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(email: string) {
  const csrfRes = await fetch(`${ORIGIN}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${ORIGIN}/api/auth/callback/dev`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, callbackUrl: "/projects" }),
    redirect: "manual",
  });
  keep(res);
  await res.arrayBuffer();
  const session = (await (await fetch(`${ORIGIN}/api/auth/session`, { headers: { cookie: cookie() } })).json()) as {
    user?: { email?: string };
  } | null;
  if (session?.user?.email !== email)
    throw new Error(`the development login did not sign ${email} in (answered ${res.status} → ${res.headers.get("location")})`);
}

// ───── measuring ─────
interface Sample {
  ms: number;
  status: number;
  bytes: number;
  location?: string | null;
}
async function request(t: Target, origin = ORIGIN): Promise<Sample> {
  const started = performance.now();
  const res = await fetch(origin + t.path, { headers: t.signedIn ? { cookie: cookie() } : {}, redirect: "manual" });
  const body = await res.arrayBuffer();
  const ms = performance.now() - started;
  // a page that fails after its shell has streamed still answers 200: React then tells the browser to
  // render the error boundary ($RX / data-dgst); count that as a failure, not as a fast page
  const failedInStream = res.status === 200 && /\$RX\(|data-dgst=/.test(Buffer.from(body).toString("utf8"));
  return { ms, status: failedInStream ? 520 : res.status, bytes: body.byteLength, location: res.headers.get("location") };
}
async function rawQuery(sql: string, params: unknown[] = []): Promise<Sample> {
  const started = performance.now();
  const res = await raw.query(sql, params);
  return { ms: performance.now() - started, status: 200, bytes: res.rowCount ?? 0 };
}
const RAW_SESSIONS_PAGE = `SELECT id, "participantName", "participantEmail", status, mode, "processingStatus", "processingError", "signalCount", "durationMs",
  "startedAt", "completedAt", "createdAt", "screenerId" FROM "Session" WHERE "projectId" = $1 ORDER BY "createdAt" DESC, id DESC LIMIT 26`;
const rawTargets: { label: string; run: () => Promise<Sample> }[] = [
  { label: "baseline: raw Postgres SELECT 1", run: () => rawQuery("SELECT 1") },
  { label: "baseline: raw Postgres sessions page (26 rows)", run: () => rawQuery(RAW_SESSIONS_PAGE, [P]) },
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

let exitCode = 0;
let loadAtStart = "";
try {
  const sizes = await raw.query<{ name: string; rows: string; size: string }>(
    `SELECT relname AS name, reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
     WHERE relkind = 'r' AND relname IN ('Session', 'SessionEvent', 'Signal', 'Task', 'TaskSignal', 'SessionMessage', 'ScreenerResponse') ORDER BY pg_total_relation_size(oid) DESC`,
  );
  const dbSize = await one<{ size: string; version: string }>(
    "SELECT pg_size_pretty(pg_database_size(current_database())) AS size, current_setting('server_version') AS version",
  );
  const cpu = os.cpus();
  loadAtStart = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, load average ${loadAtStart}; Node ${process.version}; PostgreSQL ${dbSize.version}`,
  );
  console.log(
    `Database ${SCALE_DATABASE} (${server.embedded ? "embedded" : "DATABASE_URL's server"}): ${dbSize.size}; ${sizes.rows.map((r) => `${r.name} ${Number(r.rows).toLocaleString("en-US")} rows ${r.size}`).join(", ")}`,
  );
  console.log(
    `Build ${DIST}/ (${fs.readFileSync(path.join(DIST, "BUILD_ID"), "utf8").trim()}), production server on :${PORT}; ${WARMUP} warm-up + ${ROUNDS} measured requests per page, sequential.\n`,
  );

  await waitForServer(main);
  if (variant) await waitForServer(variant);
  await signIn(SCALE.email);
  if (variant)
    console.log(`Variant: a second app on :${PORT + 1} whose connections set ${VARIANT}; both measured in the same rounds, alternating.\n`);

  const samples = new Map<string, Sample[]>();
  const record = (label: string, s: Sample) => samples.set(label, [...(samples.get(label) ?? []), s]);
  const pending = [...targets];
  for (let round = -WARMUP; round < ROUNDS; round++) {
    for (const t of [...pending]) {
      // with a variant, the two apps take turns going first
      const order = round % 2 ? [...ORIGINS].reverse() : ORIGINS;
      for (const origin of order) {
        const s = await request(t, origin);
        const label = origin === ORIGIN ? t.label : `${t.label} @variant`;
        if (round >= 0) record(label, s);
        else if (s.status === 404 && origin === ORIGIN) {
          // a page that does not exist (yet): reported as missing, not requested again
          pending.splice(pending.indexOf(t), 1);
          record(t.label, s);
          break;
        }
      }
    }
    for (const r of rawTargets) {
      const s = await r.run();
      if (round >= 0) record(r.label, s);
    }
  }

  const all = [
    ...rawTargets.map((r) => ({ label: r.label, path: "", note: undefined as string | undefined, baseline: true })),
    ...targets.map((t) => ({ label: t.label, path: t.path, note: t.note, baseline: Boolean(t.baseline) })),
  ];
  const variantHeader = variant ? ` ${"variant p50".padStart(12)} ${"p95".padStart(7)}` : "";
  const header = `${"page".padEnd(46)} ${"status".padEnd(16)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"min ms".padStart(8)} ${"KB".padStart(7)}${variantHeader}  goals ≤ ${GOAL_MS} ms, ≤ ${GOAL_KB} KB`;
  console.log(header);
  console.log("─".repeat(header.length + 4));
  const summary: Record<string, { status: string; p50?: number; p95?: number; kb?: number; variantP50?: number }> = {};
  let misses = 0;
  let heavy = 0;
  for (const t of all) {
    const list = samples.get(t.label) ?? [];
    const statuses = [...new Set(list.map((s) => s.status))];
    let status: string;
    if (statuses.length === 1 && statuses[0] === 404) status = "missing (404)";
    else if (statuses.every((s) => s === 200)) status = "200";
    else
      status = statuses
        .map((s) =>
          s >= 300 && s < 400 ? `${s}→${list.find((x) => x.status === s)?.location}` : s === 520 ? "error in stream" : String(s),
        )
        .join(",");
    if (status === "missing (404)") {
      console.log(`${t.label.padEnd(46)} ${status.padEnd(16)}`);
      summary[t.label] = { status };
      continue;
    }
    const ms = list.map((s) => s.ms).sort((a, b) => a - b);
    const p50 = quantile(ms, 0.5);
    const p95 = quantile(ms, 0.95);
    const kb = list.reduce((n, s) => n + s.bytes, 0) / list.length / 1024;
    const tooHeavy = Boolean(t.path) && kb > GOAL_KB;
    const verdict = t.baseline
      ? "(baseline)"
      : [p50 <= GOAL_MS ? "ok" : "SLOWER than the goal", tooHeavy ? `HEAVIER than ${GOAL_KB} KB` : ""].filter(Boolean).join(", ");
    if (!t.baseline && p50 > GOAL_MS) misses++;
    if (!t.baseline && tooHeavy) heavy++;
    if (!t.baseline && status !== "200") exitCode = 1;
    const other = (samples.get(`${t.label} @variant`) ?? []).map((s) => s.ms).sort((a, b) => a - b);
    const variantCols = variant
      ? other.length
        ? ` ${quantile(other, 0.5).toFixed(1).padStart(12)} ${quantile(other, 0.95).toFixed(1).padStart(7)}`
        : " ".repeat(21)
      : "";
    console.log(
      `${t.label.padEnd(46)} ${status.padEnd(16)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${ms[0].toFixed(1).padStart(8)} ${t.path ? kb.toFixed(1).padStart(7) : "".padStart(7)}${variantCols}  ${verdict}${t.note ? `   [${t.note}]` : ""}`,
    );
    summary[t.label] = {
      status,
      p50: Math.round(p50 * 10) / 10,
      p95: Math.round(p95 * 10) / 10,
      ...(t.path ? { kb: Math.round(kb * 10) / 10 } : {}),
      ...(other.length ? { variantP50: Math.round(quantile(other, 0.5) * 10) / 10 } : {}),
    };
  }
  console.log(
    `\nLoad average after the run: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(
        " ",
      )} (at the start: ${loadAtStart}). ${misses ? `${misses} page(s) above the ${GOAL_MS} ms goal.` : `Every existing page within the ${GOAL_MS} ms goal.`} ${
      heavy ? `${heavy} page(s) heavier than ${GOAL_KB} KB of HTML.` : `Every existing page within ${GOAL_KB} KB of HTML.`
    }`,
  );
  console.log(
    `Pages: ${targets
      .filter((t) => !t.baseline)
      .map((t) => `${t.label} ${t.path}`)
      .join("; ")}`,
  );
  if (process.env.BENCH_JSON)
    fs.writeFileSync(
      process.env.BENCH_JSON,
      JSON.stringify({ at: new Date().toISOString(), loadAverage: { start: loadAtStart, end: os.loadavg().join(" ") }, summary }, null, 2),
    );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  console.error(`the app server's output: ${logFile}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
