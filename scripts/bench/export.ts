// npm run bench:export — the whole-project export (issue #14) on a fresh database filled by the
// scale seed (100,000 sessions, 200,000 signals, 5,000 tasks in one project; SCALE_SESSIONS,
// SCALE_EVENTS, SCALE_SIGNALS, SCALE_TASKS change the counts), run in-process through the same
// steps the build-export job runs (start → build → complete) into local-disk storage in a
// temporary DATA_DIR. Prints the zip's size, rows per table, duration and peak RSS (sampled every
// 50 ms, and the process's maxRSS), next to baselines measured in the same run: RSS just before the
// export, and the time of a raw `COPY (SELECT …) TO STDOUT (FORMAT csv)` of the same four tables
// through pg with the bytes discarded (the floor for reading the rows, without zip or JSON).
// Goal: peak RSS stays within a flat margin of the RSS before the export (not proportional to rows).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { FULL_SCALE, SCALE, type ScaleCounts, seedScaleData } from "../lib/scale-seed";
import { openBenchDatabase } from "./bench-database";

const count = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
  return v;
};
const counts: ScaleCounts = {
  sessions: count("SCALE_SESSIONS", FULL_SCALE.sessions),
  events: count("SCALE_EVENTS", FULL_SCALE.events),
  signals: count("SCALE_SIGNALS", FULL_SCALE.signals),
  tasks: count("SCALE_TASKS", FULL_SCALE.tasks),
};

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-bench-export-"));
process.env.DATA_DIR = dataDir;
const database = await openBenchDatabase(`usertests_bench_export_${process.pid}`);
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

try {
  const seeded = performance.now();
  console.log(
    `Seeding ${Object.entries(counts)
      .map(([k, v]) => `${v.toLocaleString("en-US")} ${k}`)
      .join(", ")}…`,
  );
  await seedScaleData(database.url, counts);
  console.log(`Seeded in ${seconds(performance.now() - seeded)}.`);

  const { db } = await import("@/lib/db");
  const { startExport, buildExport, completeExport } = await import("@/lib/privacy/export/run-export");
  const owner = await db.membership.findFirstOrThrow({ where: { projectId: SCALE.projectId, role: "owner" } });

  // ── baseline: the same tables' rows straight out of PostgreSQL as CSV, bytes discarded ──
  const raw = new pg.Client({ connectionString: database.url });
  await raw.connect();
  let copiedBytes = 0;
  const copyStarted = performance.now();
  for (const table of ["Session", "Signal", "Task", "ScreenerResponse"]) {
    const stream = raw.query(
      copyTo(
        `COPY (SELECT * FROM "${table}" WHERE "projectId" = '${SCALE.projectId}' ORDER BY "createdAt", id) TO STDOUT (FORMAT csv, HEADER)`,
      ),
    );
    await pipeline(
      stream,
      new Writable({
        write(chunk: Buffer, _enc, done) {
          copiedBytes += chunk.length;
          done();
        },
      }),
    );
  }
  const copyMs = performance.now() - copyStarted;
  await raw.end();

  // ── the export, as the job runs it ──
  const row = await db.dataExport.create({
    data: { projectId: SCALE.projectId, kind: "project", requestedByKind: "user", requestedById: owner.userId },
  });
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  // (ms since the start, RSS) every 50 ms: flat memory is a plateau, not a climb with the rows written
  const samples: [number, number][] = [];
  const started = performance.now();
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    samples.push([performance.now() - started, rss]);
  }, 50);
  await startExport({ exportId: row.id });
  const built = await buildExport({ exportId: row.id });
  await completeExport({ exportId: row.id, ...built });
  const exportMs = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const onDisk = fs.statSync(path.join(dataDir, "media", built.storageKey)).size;

  const rows = Object.values(built.counts).reduce((a, b) => a + b, 0);
  console.log("\nProject export (zip of CSV + JSON Lines, streamed into local-disk storage)");
  console.log(
    `  rows            ${rows.toLocaleString("en-US")}  (${Object.entries(built.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString("en-US")}`)
      .join(", ")})`,
  );
  console.log(`  export size     ${MB(built.sizeBytes)} (file on disk ${MB(onDisk)})`);
  console.log(
    `  duration        ${seconds(exportMs)}   baseline: COPY … TO STDOUT of the same tables ${seconds(copyMs)} (${MB(copiedBytes)} of CSV)`,
  );
  console.log(
    `  peak RSS        ${MB(peak)}   baseline: RSS before the export ${MB(rssBefore)}  → +${MB(peak - rssBefore)} during the export`,
  );
  const tenths = Array.from({ length: 10 }, (_, i) =>
    samples.filter(([t]) => t >= (i * exportMs) / 10 && t < ((i + 1) * exportMs) / 10).reduce((m, [, r]) => Math.max(m, r), 0),
  );
  console.log(
    `  RSS by tenth    ${tenths.map((r) => (r / 1024 / 1024).toFixed(0)).join(" / ")} MB (peak in each tenth of the export's time)`,
  );
  console.log(`  maxRSS          ${MB(process.resourceUsage().maxRSS * 1024)} (whole process lifetime, seeding included)`);
  await db.$disconnect();
} finally {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
