// npm run bench:ingest — throughput of the recording ingestion API against a raw baseline measured
// in the same run, on the same database server and disk:
//   events: batches of 50 through the real route handler (public-key auth, rate limit, zod, session
//           lock, createMany, commit before the 2xx) vs one multi-row INSERT of the same 50 rows;
//   chunks: 1 MB uploads through the real handler (auth, rate limit, type + magic check, streamed
//           to local disk with fsync + rename, row insert) vs writing 1 MB to a file with fsync.
// Sequential (one request at a time) and concurrent (8 participants in flight). Goal: handler ≥ 0.5 × raw.
// Rate-limit counters live where the app keeps them: PostgreSQL, or Redis when REDIS_URL is set.
// Each figure is the median of BENCH_ROUNDS (3) interleaved rounds; BENCH_VERBOSE=1 prints every round.
// Uses a database of its own (created, migrated, dropped) on DATABASE_URL's server or embedded PostgreSQL.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { adminQuery, openTestServer } from "../../tests/setup/test-server";
import { deployMigrations } from "../migrations/schema-engine";

const EVENT_BATCHES = Number(process.env.BENCH_EVENT_BATCHES ?? 300);
const CHUNKS = Number(process.env.BENCH_CHUNKS ?? 150);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = 8;
const BATCH = 50;
const CHUNK_BYTES = 1024 * 1024;

const server = await openTestServer();
const dbName = `usertests_bench_ingest_${process.pid}`;
await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
await adminQuery(server.adminUrl, `CREATE DATABASE "${dbName}"`);
const url = server.urlFor(dbName);
await deployMigrations(url);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-bench-ingest-"));
Object.assign(process.env, {
  DATABASE_URL: url,
  DATA_DIR: dataDir,
  AUTH_SECRET: "bench-secret-bench-secret-bench",
  LOG_LEVEL: "error",
  APP_URL: "http://localhost:3000",
});

const { db } = await import("@/lib/db");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const { createSession } = await import("@/prisma/factories/research");
const { POST: eventsRoute } = await import("@/app/api/sdk/sessions/[sessionId]/events/route");
const { resolvePublicKey } = await import("@/lib/access/public-key");
const { rateLimiter } = await import("@/lib/rate-limit/rate-limiter");
const { ingestEvents } = await import("@/lib/recordings/ingest-events");
const { limitedBody, readJsonBody } = await import("@/lib/request-body");
const { eventBatchSchema, MAX_EVENT_BATCH_BYTES } = await import("@/lib/recordings/schemas");
const { storeMediaChunk } = await import("@/lib/recordings/store-media-chunk");
const { PUT: chunkRoute } = await import("@/app/api/sdk/sessions/[sessionId]/chunks/[kind]/[index]/route");
const raw = new pg.Pool({ connectionString: url, max: 10 });

const { project, publicKey } = await createOwnerWithProject(db);
const caller = await resolvePublicKey(new Request(`http://localhost:3000/?key=${publicKey}`));

/** A fresh session every `per` requests keeps each one under its per-minute rate limit. */
function sessionPool(per: number) {
  let current: Promise<string> | null = null;
  let used = 0;
  return () => {
    if (!current || used++ >= per) {
      used = 1;
      current = createSession(db, { projectId: project.id, status: "active", consents: { recording: true, analytics: true } }).then(
        (s) => s.id,
      );
    }
    return current;
  };
}

function eventBatch(seed: string) {
  return Array.from({ length: BATCH }, (_, i) => ({
    id: `${seed}-${i}`,
    type: i % 5 === 0 ? "navigation" : "click",
    offsetMs: 1000 + i * 250,
    url: "https://shop.example.com/checkout",
    data: { selector: "main > form#checkout > button.buy:nth-of-type(2)", tag: "button", text: "Add to cart", x: 412, y: 380 + i },
  }));
}

/** Runs `total` tasks, `concurrency` at a time; answers the elapsed seconds. Worker w is one participant. */
async function run(total: number, concurrency: number, task: (i: number, worker: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < total) await task(next++, worker);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** One session per concurrent participant, replaced every `per` requests (each stays under its per-minute rate limit). */
function sessionsFor(per: number) {
  const pools = new Map<number, () => Promise<string>>();
  return (worker: number) => {
    if (!pools.has(worker)) pools.set(worker, sessionPool(per));
    return pools.get(worker)!();
  };
}

// ───────── events ─────────
const eventSession = sessionsFor(100);
async function viaHandler(i: number, worker: number, tag: string) {
  const sessionId = await eventSession(worker);
  const body = JSON.stringify({ events: eventBatch(`${tag}-${i}`) });
  const req = new Request(`http://localhost:3000/api/sdk/sessions/${sessionId}/events?key=${publicKey}`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
    body,
  });
  const res = await eventsRoute(req, { params: Promise.resolve({ sessionId }) });
  const json = (await res.json()) as { accepted?: number };
  if (res.status !== 200 || json.accepted !== BATCH) throw new Error(`handler answered ${res.status}: ${JSON.stringify(json)}`);
}

/** What the route does once auth and the rate limit have passed: read + validate the body, store it. */
async function viaUseCase(i: number, worker: number, tag: string) {
  const sessionId = await eventSession(worker);
  const body = JSON.stringify({ events: eventBatch(`${tag}-${i}`) });
  const req = new Request("http://localhost:3000/x", {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
    body,
  });
  const { events } = eventBatchSchema.parse(await readJsonBody(req, { maxBytes: MAX_EVENT_BATCH_BYTES, format: "beacon" }));
  const result = await ingestEvents({ caller, sessionId, events });
  if (result.accepted !== BATCH) throw new Error(`use-case stored ${result.accepted}`);
}

const rawSession = sessionsFor(100);
async function viaRawInsert(i: number, worker: number, tag: string) {
  const sessionId = await rawSession(worker);
  const values: unknown[] = [];
  const rows = eventBatch(`${tag}-${i}`).map((e, r) => {
    values.push(`cbench${randomUUID()}`, sessionId, e.id, e.type, e.offsetMs, e.url, JSON.stringify(e.data));
    const p = r * 7;
    return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}::"SessionEventType", $${p + 5}, $${p + 6}, $${p + 7}::jsonb)`;
  });
  await raw.query(
    `INSERT INTO "SessionEvent" ("id", "sessionId", "clientEventId", "type", "offsetMs", "url", "data") VALUES ${rows.join(", ")} ON CONFLICT DO NOTHING`,
    values,
  );
}

// ───────── chunks ─────────
const payload = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), randomBytes(CHUNK_BYTES - 4)]);
const chunkSession = sessionsFor(100);
let chunkIndex = 0;
const chunkBody = () =>
  // a stream, as a request body arrives from the network (in 64 KB parts)
  new ReadableStream<Uint8Array>({
    start(c) {
      for (let o = 0; o < CHUNK_BYTES; o += 65536) c.enqueue(payload.subarray(o, o + 65536));
      c.close();
    },
  });
async function uploadViaUseCase(worker: number) {
  const sessionId = await chunkSession(worker);
  const index = chunkIndex++;
  const { created } = await storeMediaChunk({
    caller,
    sessionId,
    kind: "audio",
    index,
    contentType: "audio/webm;codecs=opus",
    contentLength: CHUNK_BYTES,
    startOffsetMs: 0,
    durationMs: 5000,
    body: limitedBody(chunkBody(), { maxBytes: CHUNK_BYTES, declaredLength: CHUNK_BYTES }),
  });
  if (!created) throw new Error("use-case did not store the chunk");
}
async function uploadViaHandler(worker: number) {
  const sessionId = await chunkSession(worker);
  const index = String(chunkIndex++);
  const req = new Request(`http://localhost:3000/api/sdk/sessions/${sessionId}/chunks/audio/${index}?key=${publicKey}`, {
    method: "PUT",
    headers: {
      "content-type": "audio/webm;codecs=opus",
      "content-length": String(CHUNK_BYTES),
      "x-chunk-start-ms": "0",
      "x-chunk-duration-ms": "5000",
    },
    body: chunkBody(),
    duplex: "half",
  } as RequestInit);
  const res = await chunkRoute(req, { params: Promise.resolve({ sessionId, kind: "audio", index }) });
  if (res.status !== 201) throw new Error(`handler answered ${res.status}: ${await res.text()}`);
}

const rawDir = path.join(dataDir, "raw");
fs.mkdirSync(rawDir, { recursive: true });
let rawFile = 0;
async function writeRaw() {
  const handle = await fs.promises.open(path.join(rawDir, `${rawFile++}.webm`), "w");
  try {
    await handle.writeFile(payload);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Median of a list of rates. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Measures every variant ROUNDS times, interleaved (A B C, A B C, …), and answers each one's median
 * rate: a burst of load from a neighbour on this shared machine then hits one round of each rather
 * than all the rounds of one.
 */
async function compare(
  n: number,
  concurrency: number,
  variants: Record<string, (i: number, worker: number, round: number) => Promise<void>>,
) {
  const rates: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, task] of Object.entries(variants)) rates[name].push(n / (await run(n, concurrency, (i, w) => task(i, w, round))));
  }
  if (process.env.BENCH_VERBOSE)
    console.log(
      `   rounds: ${Object.entries(rates)
        .map(([k, v]) => `${k} ${v.map((x) => x.toFixed(0)).join("/")}`)
        .join(", ")}`,
    );
  return Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
}

const line = (label: string, rate: number, unit: string) => console.log(`  ${label.padEnd(48)} ${rate.toFixed(0).padStart(8)} ${unit}/s`);
const ratio = (a: number, b: number, label = "→ handler / raw") => {
  const r = a / b;
  console.log(`  ${label.padEnd(48)} ${r.toFixed(2).padStart(8)}   ${r >= 0.5 ? "ok (goal ≥ 0.5)" : "BELOW the 0.5 goal"}`);
  return r;
};

console.log(
  `Rate-limit counters in ${process.env.REDIS_URL ? "Redis (REDIS_URL)" : "PostgreSQL (the default; set REDIS_URL to use Redis)"}; media on local disk.`,
);
console.log(`Each figure is the median of ${ROUNDS} interleaved rounds.`);

try {
  // warm-up: connections, prepared statements, JIT
  await run(20, 4, (i, w) => viaHandler(i, w, "warm"));
  await run(20, 4, (i, w) => viaRawInsert(i, w, "warm"));
  await run(5, 1, (_, w) => uploadViaHandler(w));

  // what every participant request pays before the route's own work (lib/access, lib/rate-limit)
  const authReq = new Request(`http://localhost:3000/?key=${publicKey}`);
  const authMs = (await run(200, 1, () => resolvePublicKey(authReq).then(() => {}))) * 5;
  const limitMs = (await run(200, 1, (i) => rateLimiter().consume("eventBatchesPerSession", `bench-${i}`))) * 5;
  console.log(`Per request, sequential: public-key lookup ${authMs.toFixed(2)} ms, rate-limit check ${limitMs.toFixed(2)} ms.`);

  console.log(`\nEvent batches of ${BATCH} (${EVENT_BATCHES} batches = ${EVENT_BATCHES * BATCH} events per round)`);
  const results: Record<string, number> = {};
  for (const c of [1, CONCURRENCY]) {
    console.log(` concurrency ${c}:`);
    const m = await compare(EVENT_BATCHES, c, {
      handler: (i, w, r) => viaHandler(i, w, `h${c}-${r}`),
      useCase: (i, w, r) => viaUseCase(i, w, `u${c}-${r}`),
      raw: (i, w, r) => viaRawInsert(i, w, `r${c}-${r}`),
    });
    line("route handler (auth, limit, zod, lock, insert)", m.handler * BATCH, "events");
    line("  of which the ingestion (read, zod, insert)", m.useCase * BATCH, "events");
    line("raw multi-row INSERT", m.raw * BATCH, "events");
    results[`events c=${c}`] = ratio(m.handler, m.raw);
    results[`events ingestion-only c=${c}`] = ratio(m.useCase, m.raw, "→ ingestion alone / raw");
  }

  console.log(`\n1 MB chunk uploads (${CHUNKS} per round)`);
  for (const c of [1, CONCURRENCY]) {
    console.log(` concurrency ${c}:`);
    const m = await compare(CHUNKS, c, {
      handler: (_, w) => uploadViaHandler(w),
      useCase: (_, w) => uploadViaUseCase(w),
      // (no "write without fsync" variant: the dirty pages it leaves are flushed during the next
      // variant's round and slow that one down)
      raw: () => writeRaw(),
    });
    line("route handler (stream, sniff, fsync, row)", m.handler, "chunks");
    line("  of which the ingestion (stream, sniff, row)", m.useCase, "chunks");
    line("raw 1 MB file write + fsync", m.raw, "chunks");
    results[`chunks c=${c}`] = ratio(m.handler, m.raw);
    results[`chunks ingestion-only c=${c}`] = ratio(m.useCase, m.raw, "→ ingestion alone / raw");
  }

  const stored = await db.sessionEvent.count();
  const chunks = await db.mediaChunk.count();
  console.log(
    `\nStored: ${stored} events, ${chunks} chunks. Ratios: ${Object.entries(results)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(", ")}`,
  );
} finally {
  await raw.end();
  await db.$disconnect();
  await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
// the rate limiter's Redis connection (REDIS_URL) would keep the process alive
process.exit(0);
