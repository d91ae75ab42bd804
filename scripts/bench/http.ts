// npm run bench:http — the ingestion API measured over real HTTP through the production server, next to raw
// baselines started by this script in the same run (issue #19). Uses the existing production build
// (`npm run build` first; NEXT_DIST_DIR if it lives elsewhere) and a fresh database of its own.
//
//   app   the production server (server.ts) on the build: the SDK routes with public-key auth, rate limits,
//         zod, commit before 2xx; the two ingestion paths served by its ingestion lane (ADR 020)
//   next  the same build with INGESTION_LANE=off: every request through Next's handler, as `next start` does
//   raw   a bare node:http server doing exactly the raw work (events: one multi-row INSERT through pg;
//         chunks: stream to a temp file, fsync, rename, one INSERT) — scripts/bench/http/baseline-server.ts
//   noop  the same bare server draining the body and answering
//
// Paths: event batches of 50 (10 connections), 1 MiB audio chunks (4 connections), GET /api/health
// (10 connections), and GET /api/livez (10 connections): the smallest route handler, so Next's own
// cost per request is measured in the same run (ADR 018). Load comes from autocannon in a separate process; BENCH_ROUNDS (3) interleaved
// rounds of BENCH_SECONDS (15) each, medians reported with p50/p99, non-2xx counts and the CPU time
// of each process (app or baseline server, PostgreSQL backends, load client) per 1,000 requests.
// Then: p99 at half the saturating rate, the app's RSS growth under 20 concurrent uploads, a
// durability check (rows and files stored = 2xx acknowledged), and scale-out: two app processes on
// the same database and rate-limit store behind a round-robin proxy, with a check that a session's
// rate limit holds across both. Goals (ratios in one run): events ≥ 0.7 × raw with p99 ≤ 50 ms at
// half load; chunks ≥ 0.6 × raw with RSS growth ≤ 50 MB.
//
// Finding where the time goes: BENCH_PATHS=events (a comma list of events, chunks, health, livez) runs only
// those rows of the table and skips the goals; BENCH_CPU_PROFILE=<dir> starts the app with
// `--cpu-prof` into that folder (written when the app exits), which
// `tsx scripts/bench/cpu-profile-summary.ts <dir>/*.cpuprofile` breaks down by package and function.
import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { adminQuery, openTestServer } from "../../tests/setup/test-server";
import { productionServerArgs } from "../lib/production-server";
import { deployMigrations } from "../migrations/schema-engine";
import { cpuByPid, cpuSeconds, cpuSince, postgresBackendPids, processTree, rssBytes } from "./http/process-stats";
import { CHUNK_BYTES, EVENTS_PER_BATCH, type LoadResult, type LoadSpec } from "./http/shared";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const APP_PORT = Number(process.env.BENCH_HTTP_PORT ?? 4100);
const BASELINE_PORT = APP_PORT + 10;
const PROXY_PORT = APP_PORT + 20;
const tsx = path.resolve("node_modules/.bin/tsx");

if (!fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
  console.error(`No production build in ${DIST_DIR}/: run \`npm run build\` first (bench:http measures the build, it does not make one).`);
  process.exit(1);
}

// ───────── set-up: database, data dir, project ─────────
const pgServer = await openTestServer();
const dbName = `usertests_bench_http_${process.pid}`;
await adminQuery(pgServer.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
await adminQuery(pgServer.adminUrl, `CREATE DATABASE "${dbName}"`);
const databaseUrl = pgServer.urlFor(dbName);
await deployMigrations(databaseUrl);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-bench-http-"));
const redisUrl = process.env.REDIS_URL ?? ((await reachable(6379)) ? "redis://127.0.0.1:6379" : undefined);
const AUTH_SECRET = "bench-http-secret-bench-http-secret";
Object.assign(process.env, { DATABASE_URL: databaseUrl, AUTH_SECRET, DATA_DIR: dataDir, LOG_LEVEL: "error" });
const { db } = await import("@/lib/db");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const { publicKey } = await createOwnerWithProject(db);
await db.$disconnect();
const sql = new pg.Pool({ connectionString: databaseUrl, max: 2 });

const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.kill("SIGTERM")));

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function startApp(port: number, opts: { ingestionLane?: boolean } = {}): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    AUTH_SECRET,
    AUTH_URL: `http://127.0.0.1:${port}`,
    APP_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: "warn",
    // sessions are created from many addresses through X-Forwarded-For (one participant each), as behind a proxy
    TRUSTED_PROXIES: "127.0.0.1",
    REDIS_URL: redisUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    INGESTION_LANE: opts.ingestionLane === false ? "off" : "on",
  };
  if (!redisUrl) delete env.REDIS_URL;
  // node refuses --cpu-prof in NODE_OPTIONS: it goes on the command line of the process that serves
  const profile = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`] : [];
  const child = spawn(process.execPath, productionServerArgs(port, "127.0.0.1", profile), { env, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status > 0,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app server on port ${port} did not answer within 60 s`);
}

async function startHelper(script: string, args: string[]): Promise<ChildProcess> {
  const child = fork(path.resolve(script), args, { execPath: tsx, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

let participant = 0;
/** Sessions created through the product, as the SDK does: create (with consents), then start. */
async function createSessions(origin: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  const one = async () => {
    const n = participant++;
    // one address per participant: session creation is limited per address
    const headers = { "content-type": "application/json", "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
    const created = await fetch(`${origin}/api/sdk/sessions?key=${publicKey}`, {
      method: "POST",
      headers,
      body: JSON.stringify({ consent: { recording: true, analytics: true } }),
    });
    if (created.status !== 201) throw new Error(`creating a session answered ${created.status}: ${await created.text()}`);
    const { sessionId } = (await created.json()) as { sessionId: string };
    const started = await fetch(`${origin}/api/sdk/sessions/${sessionId}/start?key=${publicKey}`, { method: "POST", headers, body: "{}" });
    if (!started.ok) throw new Error(`starting a session answered ${started.status}: ${await started.text()}`);
    ids.push(sessionId);
  };
  for (let i = 0; i < count; i += 8) await Promise.all(Array.from({ length: Math.min(8, count - i) }, one));
  return ids;
}

let runId = 0;
function load(spec: Omit<LoadSpec, "publicKey" | "runId">): Promise<LoadResult> {
  const full: LoadSpec = { ...spec, publicKey, runId: ++runId };
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.resolve("scripts/bench/http/load.ts"), JSON.stringify(full)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load exited with ${code}`))));
  });
}

interface Measured extends LoadResult {
  serverCpuMsPerK: number;
  postgresCpuMsPerK: number;
  clientCpuMsPerK: number;
}

/** One load run, with the CPU each side spent on it. */
async function measure(server: ChildProcess, spec: Omit<LoadSpec, "publicKey" | "runId">): Promise<Measured> {
  const serverPids = processTree(server.pid!);
  // only the backends of this run's database: the server may be serving others meanwhile
  const pgBefore = cpuByPid(postgresBackendPids(dbName));
  const serverBefore = cpuSeconds(serverPids);
  const result = await load(spec);
  const perK = (seconds: number) => (seconds * 1000 * 1000) / Math.max(1, result.ok + result.non2xx);
  return {
    ...result,
    serverCpuMsPerK: perK(cpuSeconds(serverPids) - serverBefore),
    postgresCpuMsPerK: perK(cpuSince(pgBefore, postgresBackendPids(dbName))),
    clientCpuMsPerK: perK(result.clientCpuSeconds),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ───────── the servers ─────────
console.log(
  `bench:http — ${ROUNDS} rounds × ${SECONDS} s per run; build ${DIST_DIR}/; rate limits in ${redisUrl ? "Redis" : "PostgreSQL"}`,
);
const app = await startApp(APP_PORT);
// the same build with every request through Next's handler: what the ingestion lane saves (ADR 020)
const NEXT_PORT = APP_PORT + 2;
const viaNext = await startApp(NEXT_PORT, { ingestionLane: false });
const nextOrigin = `http://127.0.0.1:${NEXT_PORT}`;
const baseline = await startHelper("scripts/bench/http/baseline-server.ts", [String(BASELINE_PORT), databaseUrl, dataDir]);
const appOrigin = `http://127.0.0.1:${APP_PORT}`;
const baselineOrigin = `http://127.0.0.1:${BASELINE_PORT}`;

// sessions: the app's rotate so none passes its per-minute limits (120 event batches, 120 uploads);
// the baselines have no limits and need only real session rows for their foreign keys
const EVENTS_SESSIONS_PER_RUN = Math.ceil((SECONDS * 1500) / 100);
const CHUNK_SESSIONS_PER_RUN = Math.ceil((SECONDS * 300) / 100);
const baselineSessions = await createSessions(appOrigin, 20);
const appEventSessions: string[] = [];
const appChunkSessions: string[] = [];
const nextEventSessions: string[] = [];
const nextChunkSessions: string[] = [];

type Row = { path: LoadSpec["path"]; target: LoadSpec["target"]; runs: Measured[] };
const rows: Row[] = [];
const row = (p: Row["path"], t: Row["target"]) => {
  let r = rows.find((x) => x.path === p && x.target === t);
  if (!r) rows.push((r = { path: p, target: t, runs: [] }));
  return r;
};

for (let round = 1; round <= ROUNDS; round++) {
  const eventSessions = await createSessions(appOrigin, EVENTS_SESSIONS_PER_RUN);
  appEventSessions.push(...eventSessions);
  const chunkSessions = await createSessions(appOrigin, CHUNK_SESSIONS_PER_RUN);
  appChunkSessions.push(...chunkSessions);
  const nextEvents = await createSessions(appOrigin, EVENTS_SESSIONS_PER_RUN);
  nextEventSessions.push(...nextEvents);
  const nextChunks = await createSessions(appOrigin, CHUNK_SESSIONS_PER_RUN);
  nextChunkSessions.push(...nextChunks);
  const runs: [LoadSpec["path"], LoadSpec["target"], ChildProcess, string, string[], number][] = [
    ["events", "app", app, appOrigin, eventSessions, 10],
    ["events", "next", viaNext, nextOrigin, nextEvents, 10],
    ["events", "raw", baseline, baselineOrigin, baselineSessions, 10],
    ["events", "noop", baseline, baselineOrigin, baselineSessions, 10],
    ["chunks", "app", app, appOrigin, chunkSessions, 4],
    ["chunks", "next", viaNext, nextOrigin, nextChunks, 4],
    ["chunks", "raw", baseline, baselineOrigin, baselineSessions, 4],
    ["chunks", "noop", baseline, baselineOrigin, baselineSessions, 4],
    ["health", "app", app, appOrigin, [], 10],
    ["livez", "app", app, appOrigin, [], 10],
    ["health", "noop", baseline, baselineOrigin, [], 10],
  ];
  const only = process.env.BENCH_PATHS?.split(",");
  for (const [p, target, server, origin, sessions, connections] of runs.filter(([p]) => !only || only.includes(p))) {
    const m = await measure(server, { origin, path: p, target, sessions, seconds: SECONDS, connections });
    row(p, target).runs.push(m);
    if (process.env.BENCH_VERBOSE)
      console.log(`  round ${round} ${p} ${target}: ${m.requestsPerSecond.toFixed(0)} req/s p50 ${m.p50} ms p99 ${m.p99} ms`);
  }
}

// ───────── the report ─────────
const fig = (r: Row) => {
  const get = (k: keyof Measured) => median(r.runs.map((m) => m[k] as number));
  return {
    rps: get("requestsPerSecond"),
    p50: get("p50"),
    p99: get("p99"),
    non2xx: r.runs.reduce((n, m) => n + m.non2xx + m.errors, 0),
    server: get("serverCpuMsPerK"),
    postgres: get("postgresCpuMsPerK"),
    client: get("clientCpuMsPerK"),
  };
};
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `\nload average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")} (1/5/15 min), ${os.cpus().length} cores`,
);
console.log(
  `${"path".padEnd(8)} ${"server".padEnd(5)} ${pad("req/s", 8)} ${pad("p50 ms", 7)} ${pad("p99 ms", 7)} ${pad("non-2xx", 8)}   CPU ms per 1,000 requests: server / PostgreSQL / client`,
);
for (const r of rows) {
  const f = fig(r);
  console.log(
    `${r.path.padEnd(8)} ${r.target.padEnd(5)} ${pad(f.rps.toFixed(0), 8)} ${pad(f.p50, 7)} ${pad(f.p99, 7)} ${pad(f.non2xx, 8)}   ${f.server.toFixed(0)} / ${f.postgres.toFixed(0)} / ${f.client.toFixed(0)}`,
  );
}
if (process.env.BENCH_PATHS) await finish();
const rps = (p: Row["path"], t: Row["target"]) => fig(row(p, t)).rps;
const eventsRatio = rps("events", "app") / rps("events", "raw");
const chunksRatio = rps("chunks", "app") / rps("chunks", "raw");

// p99 at half the saturating rate
const halfRate = Math.max(1, Math.round(rps("events", "app") / 2));
const halfRateSessions = await createSessions(appOrigin, EVENTS_SESSIONS_PER_RUN);
appEventSessions.push(...halfRateSessions);
const atHalf = await measure(app, {
  origin: appOrigin,
  path: "events",
  target: "app",
  sessions: halfRateSessions,
  seconds: SECONDS,
  connections: 10,
  overallRate: halfRate,
});

// the app's memory under 20 concurrent 1 MiB uploads: bodies must be streamed, never held whole
const uploadSessions = await createSessions(appOrigin, Math.ceil((SECONDS * 400) / 100));
appChunkSessions.push(...uploadSessions);
const appPids = processTree(app.pid!);
const rssBefore = rssBytes(appPids);
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssBytes(appPids))), 100);
const twenty = await measure(app, {
  origin: appOrigin,
  path: "chunks",
  target: "app",
  sessions: uploadSessions,
  seconds: SECONDS,
  connections: 20,
});
clearInterval(sampler);
const rssGrowthMb = (rssPeak - rssBefore) / 1024 / 1024;

// durability: every acknowledged request is stored (a few more may be: autocannon stops counting
// answers when its time is up, while requests already sent are still committed)
const acknowledged = (p: Row["path"]) => [...row(p, "app").runs, ...row(p, "next").runs].reduce((n, m) => n + m.ok, 0);
const storedEvents = Number(
  (await sql.query(`SELECT count(*) FROM "SessionEvent" WHERE "sessionId" = ANY($1)`, [[...appEventSessions, ...nextEventSessions]]))
    .rows[0].count,
);
const storedChunks = Number(
  (await sql.query(`SELECT count(*) FROM "MediaChunk" WHERE "sessionId" = ANY($1)`, [[...appChunkSessions, ...nextChunkSessions]])).rows[0]
    .count,
);
const countFiles = (dir: string): number =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1), 0)
    : 0;
const filesOnDisk = countFiles(path.join(dataDir, "media"));
const expectedEvents = (acknowledged("events") + atHalf.ok) * EVENTS_PER_BATCH;
const expectedChunks = acknowledged("chunks") + twenty.ok;

// scale-out: two app processes on the same database and rate-limit store, behind a round-robin proxy
const app2 = await startApp(APP_PORT + 1);
await startHelper("scripts/bench/http/round-robin-proxy.ts", [String(PROXY_PORT), appOrigin, `http://127.0.0.1:${APP_PORT + 1}`]);
const proxyOrigin = `http://127.0.0.1:${PROXY_PORT}`;
const scaled = await load({
  origin: proxyOrigin,
  path: "events",
  target: "app",
  sessions: await createSessions(proxyOrigin, EVENTS_SESSIONS_PER_RUN * 2),
  seconds: SECONDS,
  connections: 20,
});
// one session's 150 batches alternate between the two processes: exactly its limit (120 a minute,
// of which the SDK's start call used one) may pass
const [limited] = await createSessions(proxyOrigin, 1);
const statuses: number[] = [];
for (let i = 0; i < 150; i++) {
  const res = await fetch(`${proxyOrigin}/api/sdk/sessions/${limited}/events?key=${publicKey}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ events: [{ id: `limit-${i}`, type: "click", offsetMs: i }] }),
  });
  statuses.push(res.status);
  await res.arrayBuffer();
}
const passed = statuses.filter((s) => s === 200).length;
const refused = statuses.filter((s) => s === 429).length;
app2.kill("SIGTERM");

// ───────── goals ─────────
const mark = (ok: boolean) => (ok ? "met" : "NOT met");
console.log(`\nevent batches at half the saturating rate (${halfRate} req/s): p50 ${atHalf.p50} ms, p99 ${atHalf.p99} ms`);
console.log(
  `1 MiB uploads, 20 connections: ${twenty.requestsPerSecond.toFixed(0)} req/s, p99 ${twenty.p99} ms; app RSS ${(rssBefore / 1048576).toFixed(0)} → peak ${(rssPeak / 1048576).toFixed(0)} MB (+${rssGrowthMb.toFixed(0)} MB)`,
);
console.log(
  `scale-out, 2 app processes behind a round-robin proxy: ${scaled.requestsPerSecond.toFixed(0)} event batches/s (one process: ${rps("events", "app").toFixed(0)}), non-2xx ${scaled.non2xx}`,
);
console.log(
  `rate limit across both processes: ${passed} of 150 batches passed, ${refused} refused with 429 (limit 120 a minute, the start call used one) — ${mark(passed === 119 && refused === 31)}`,
);
console.log(
  `durability: events stored ${storedEvents} / acknowledged ${expectedEvents}; chunks stored ${storedChunks} rows, ${filesOnDisk} files / acknowledged ${expectedChunks} — ${mark(storedEvents >= expectedEvents && storedChunks >= expectedChunks && filesOnDisk === storedChunks)}`,
);
console.log(`\ngoal: event batches ≥ 0.7 × raw INSERT over HTTP: ${eventsRatio.toFixed(2)} × — ${mark(eventsRatio >= 0.7)}`);
console.log(`goal: p99 ≤ 50 ms at half the saturating rate: ${atHalf.p99} ms — ${mark(atHalf.p99 <= 50)}`);
console.log(`goal: 1 MiB chunks ≥ 0.6 × raw stream-fsync-rename-INSERT: ${chunksRatio.toFixed(2)} × — ${mark(chunksRatio >= 0.6)}`);
console.log(`goal: app RSS growth ≤ 50 MB under 20 concurrent uploads: +${rssGrowthMb.toFixed(0)} MB — ${mark(rssGrowthMb <= 50)}`);
console.log(
  `(chunk size ${CHUNK_BYTES} bytes; health: app ${rps("health", "app").toFixed(0)} req/s vs bare node:http ${rps("health", "noop").toFixed(0)} req/s)`,
);
// what any request through Next costs here, whatever the handler does (ADR 018): the smallest route;
// and what the ingestion lane saves by taking the SDK's paths past it (ADR 020)
const floor = fig(row("livez", "app"));
const events = fig(row("events", "app"));
const eventsViaNext = fig(row("events", "next"));
const chunks = fig(row("chunks", "app"));
const chunksViaNext = fig(row("chunks", "next"));
console.log(
  `Next's floor: GET /api/livez (returns 204, no work) ${floor.rps.toFixed(0)} req/s at ${floor.server.toFixed(0)} ms CPU per 1,000 requests`,
);
console.log(
  `ingestion lane (ADR 020): event batches ${events.rps.toFixed(0)} req/s at ${events.server.toFixed(0)} ms app CPU per 1,000, through Next ${eventsViaNext.rps.toFixed(0)} req/s at ${eventsViaNext.server.toFixed(0)} ms; ` +
    `chunks ${chunks.rps.toFixed(0)} req/s at ${chunks.server.toFixed(0)} ms, through Next ${chunksViaNext.rps.toFixed(0)} req/s at ${chunksViaNext.server.toFixed(0)} ms`,
);

await finish();

async function finish(): Promise<never> {
  // the servers exit first (a CPU profile is written on exit), then their database goes
  await Promise.all(
    children.filter((c) => c.exitCode === null).map((c) => new Promise((resolve) => c.once("exit", resolve).kill("SIGTERM"))),
  );
  await sql.end();
  await adminQuery(pgServer.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await pgServer.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
