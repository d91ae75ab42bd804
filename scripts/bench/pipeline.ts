// npm run bench:pipeline — the processing pipeline's own overhead for a synthetic 30-minute session
// (360 audio chunks in 30 one-minute spans, 2,000 events, 70 messages) and for 2× and 4× that size, with zero-latency fake
// model servers in a separate process. Printed next to a baseline measured in the same run: the raw Postgres work of
// reading the same rows and writing the same signals, without the pipeline.
//
// npm run bench:pipeline -- --realistic — time to insight: the fake models take as long as the real
// ones (Whisper 0.3 s + 0.1 s per audio second, Claude 8–15 s per extraction window and 3–5 s per
// summary, seeded; tests/fakes/latency-model.ts). Prints the wall clock from session/completed to
// tasks visible for a 30-minute and a 2-hour session next to the floor: the model latencies alone on
// the pipeline's critical path (Whisper calls 8 at a time, then the slowest window or summary).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { InngestTestEngine } from "@inngest/test";
import pg from "pg";
import { spawn } from "node:child_process";
import net from "node:net";
import { openBenchDatabase } from "./bench-database";
import type { LatencyEntry } from "../../tests/fakes/latency-model";

// The fake model servers run in their own process (scripts/fake-ai-server.ts with its analysis
// responders), like the real providers would: their CPU time is not the pipeline's overhead.
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
const REALISTIC = process.argv.includes("--realistic");
const fakePort = await freePort();
const fakeProcess = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/fake-ai-server.ts", String(fakePort)], {
  env: {
    ...process.env,
    FAKE_AI_QUIET: "1",
    FAKE_AI_CHUNK_DELAY_MS: "0",
    FAKE_AI_LATENCY: REALISTIC ? "realistic" : "none",
    FAKE_AI_SEED: "7",
  },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise<void>((resolve, reject) => {
  fakeProcess.stdout!.on("data", (d: Buffer) => d.toString().includes("listening") && resolve());
  fakeProcess.once("exit", (code) => reject(new Error(`fake AI server exited (${code})`)));
});
const fakeUrl = `http://127.0.0.1:${fakePort}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-bench-"));
Object.assign(process.env, {
  ANTHROPIC_API_KEY: "bench",
  ANTHROPIC_BASE_URL: fakeUrl,
  OPENAI_API_KEY: "bench",
  OPENAI_BASE_URL: `${fakeUrl}/v1`,
  DATA_DIR: dataDir,
});
const database = await openBenchDatabase(`usertests_bench_pipeline_${process.pid}`);

const { db } = await import("@/lib/db");
const { mediaStorage } = await import("@/lib/storage");
const { processSession } = await import("@/inngest/functions/process-session");

// audio as the SDK uploads it (ADR 010): one recorder run per minute, cut into 5 s timeslices;
// only a run's first timeslice starts with the WebM header
// in realistic mode a timeslice is as large as 5 s of Opus voice (~4 KB/s), which is also how the
// fake Whisper tells how long the audio is
const TIMESLICE_BYTES = REALISTIC ? 20_000 : 2048;
const WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(TIMESLICE_BYTES - 4, 7)]);
const CONTINUATION = Buffer.alloc(TIMESLICE_BYTES, 9);
const TIMESLICES_PER_SPAN = 12;

async function syntheticSession(scale: number) {
  const owner = await db.user.create({ data: { email: `bench-${scale}-${Date.now()}@example.test` } });
  const project = await db.project.create({
    data: { name: `Bench ×${scale}`, memberships: { create: { userId: owner.id, role: "owner" } } },
  });
  const durationMs = 30 * 60_000 * scale;
  const session = await db.session.create({
    data: {
      projectId: project.id,
      status: "completed",
      startedAt: new Date(Date.now() - durationMs),
      completedAt: new Date(),
      consentRecording: true,
    },
  });
  const messages = Array.from({ length: Math.round(70 * scale) }, (_, i) => ({
    sessionId: session.id,
    role: i % 2 ? ("participant" as const) : ("interviewer" as const),
    content:
      i % 2
        ? `Participant answer ${i}: the export to accounting broke again and I fixed it by hand in a spreadsheet.`
        : `Interviewer question ${i}?`,
    offsetMs: Math.floor((i * durationMs) / Math.round(70 * scale)),
  }));
  await db.sessionMessage.createMany({ data: messages });
  await db.sessionEvent.createMany({
    data: Array.from({ length: Math.round(2000 * scale) }, (_, i) => ({
      sessionId: session.id,
      clientEventId: `e${i}`,
      type: (["click", "navigation", "scroll", "input_change"] as const)[i % 4],
      offsetMs: Math.floor((i * durationMs) / Math.round(2000 * scale)),
      url: "/invoices",
      data: { selector: `button#b${i % 50}` },
    })),
  });
  const chunks = Math.round(360 * scale);
  const bytesOf = (i: number) => (i % TIMESLICES_PER_SPAN === 0 ? WEBM : CONTINUATION);
  for (let i = 0; i < chunks; i++) {
    const key = `bench/${session.id}/audio/${String(i).padStart(6, "0")}.webm`;
    await mediaStorage().put(key, Readable.from([bytesOf(i)]), { contentType: "audio/webm", contentLength: bytesOf(i).length });
  }
  await db.mediaChunk.createMany({
    data: Array.from({ length: chunks }, (_, i) => ({
      sessionId: session.id,
      kind: "audio" as const,
      chunkIndex: i,
      storageKey: `bench/${session.id}/audio/${String(i).padStart(6, "0")}.webm`,
      sizeBytes: bytesOf(i).length,
      mimeType: "audio/webm;codecs=opus",
      startOffsetMs: i * 5000,
      durationMs: 5000,
      spanStartIndex: i - (i % TIMESLICES_PER_SPAN),
      levelDb: -20,
      transcriptStatus: "pending" as const,
    })),
  });
  return { projectId: project.id, sessionId: session.id };
}

async function baseline(sessionId: string, projectId: string): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const started = performance.now();
  await client.query('SELECT role, content, "offsetMs" FROM "SessionMessage" WHERE "sessionId" = $1 ORDER BY "offsetMs"', [sessionId]);
  await client.query('SELECT type, "offsetMs", url, data FROM "SessionEvent" WHERE "sessionId" = $1 ORDER BY "offsetMs"', [sessionId]);
  await client.query('SELECT id, "storageKey" FROM "MediaChunk" WHERE "sessionId" = $1 ORDER BY "chunkIndex"', [sessionId]);
  const chunks = await client.query('SELECT id FROM "MediaChunk" WHERE "sessionId" = $1', [sessionId]);
  for (const row of chunks.rows) await client.query('UPDATE "MediaChunk" SET "transcriptText" = $2 WHERE id = $1', [row.id, "text"]);
  await client.query(
    `INSERT INTO "Signal" (id, "projectId", "sessionId", type, quote, confidence, intensity) SELECT gen_random_uuid()::text, $1, $2, 'workaround', 'q', 0.5, 0.5 FROM generate_series(1, 2)`,
    [projectId, sessionId],
  );
  const ms = performance.now() - started;
  await client.end();
  return ms;
}

// warm-up: module loading, JIT and connection pools are start-up costs, not per-session overhead
// (negligible next to realistic model latency, so that mode skips it)
if (!REALISTIC) {
  const warm = await syntheticSession(0.1);
  await new InngestTestEngine({
    function: processSession,
    events: [{ name: "session/completed", data: { ...warm, reason: "ended" } }],
  }).execute();
}

async function processOnce(sessionId: string, projectId: string) {
  const started = performance.now();
  const { error } = await new InngestTestEngine({
    function: processSession,
    events: [{ name: "session/completed", data: { sessionId, projectId, reason: "ended" } }],
  }).execute();
  const ms = performance.now() - started;
  if (error) throw error;
  const after = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
  if (after.processingStatus !== "processed") throw new Error(`session not processed: ${after.processingStatus}`);
  const windows = await db.processingStep.count({ where: { run: { sessionId }, name: { startsWith: "extract-" } } });
  return { ms, windows };
}

async function latencyLog(): Promise<LatencyEntry[]> {
  const res = await fetch(`${fakeUrl}/__control/latency/log`, { method: "POST" });
  return ((await res.json()) as { entries: LatencyEntry[] }).entries;
}

if (REALISTIC) {
  const { criticalPathFloorMs } = await import("@/tests/fakes/latency-model");
  console.log(
    "Time to insight with realistic model latency (Whisper 0.3 s + 0.1 s/audio s, ≤ 8 in flight; Claude 8–15 s per window, 3–5 s per summary)\n",
  );
  console.log("session     whisper calls  windows   wall clock   floor (models on the critical path)   ratio   goal");
  const goals = [
    { label: "30 minutes", scale: 1, goalMs: 60_000 },
    { label: "2 hours", scale: 4, goalMs: 180_000 },
  ];
  for (const g of goals) {
    const { projectId, sessionId } = await syntheticSession(g.scale);
    const before = (await latencyLog()).length;
    const { ms, windows } = await processOnce(sessionId, projectId);
    const entries = (await latencyLog()).slice(before);
    const floor = criticalPathFloorMs(entries, 8);
    const calls = entries.filter((e) => e.kind === "transcription").length;
    const met = ms <= g.goalMs && ms <= 1.3 * floor;
    console.log(
      `${g.label.padEnd(10)}  ${String(calls).padStart(13)}  ${String(windows).padStart(7)}  ${(ms / 1000).toFixed(1).padStart(9)} s  ${(floor / 1000).toFixed(1).padStart(9)} s${" ".repeat(27)}${(ms / floor).toFixed(2).padStart(5)}×   ≤ ${g.goalMs / 1000} s and ≤ 1.3× → ${met ? "met" : "NOT met"}`,
    );
  }
} else {
  console.log("Pipeline overhead (fake model servers answer instantly, after one warm-up run)\n");
  console.log("size  chunks  events  messages  windows  pipeline   raw-postgres baseline  ratio");
  const results: { scale: number; ms: number }[] = [];
  for (const scale of [1, 2, 4]) {
    const { projectId, sessionId } = await syntheticSession(scale);
    const { ms, windows } = await processOnce(sessionId, projectId);
    const steps = await db.processingStep.findMany({
      where: { run: { sessionId } },
      select: { name: true, startedAt: true, finishedAt: true },
    });
    const byKind = new Map<string, number>();
    for (const st of steps) {
      const kind = st.name.replace(/-\d+$/, "");
      byKind.set(kind, (byKind.get(kind) ?? 0) + ((st.finishedAt?.getTime() ?? 0) - st.startedAt.getTime()));
    }
    if (process.env.BENCH_STEPS) console.log([...byKind].map(([k, v]) => `${k}=${v}ms`).join(" "));
    const base = await baseline(sessionId, projectId);
    results.push({ scale, ms });
    console.log(
      `${String(scale).padEnd(4)}× ${String(360 * scale).padStart(6)}  ${String(2000 * scale).padStart(6)}  ${String(70 * scale).padStart(8)}  ${String(windows).padStart(7)}  ${(ms / 1000).toFixed(2).padStart(7)} s  ${(base / 1000).toFixed(2).padStart(10)} s            ${(ms / base).toFixed(1)}×`,
    );
  }
  const perUnit = results.map((r) => r.ms / r.scale);
  console.log(`\nper 30-minute unit: ${perUnit.map((x) => (x / 1000).toFixed(2) + " s").join(", ")} (linear growth keeps these flat)`);
  console.log(
    `goal: ≤ 2 s for the 30-minute session → ${results[0].ms <= 2000 ? "met" : "NOT met"} (${(results[0].ms / 1000).toFixed(2)} s)`,
  );
}

await db.$disconnect();
await database.close();
fakeProcess.kill("SIGTERM");
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
