// npm run bench:pipeline — the processing pipeline's own overhead for a synthetic 30-minute session
// (360 audio chunks, 2,000 events, 70 messages) and for 2× and 4× that size, with zero-latency fake
// model servers. Printed next to a baseline measured in the same run: the raw Postgres work of
// reading the same rows and writing the same signals, without the pipeline.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { InngestTestEngine } from "@inngest/test";
import pg from "pg";
import { startFakeAiServer } from "../../tests/fakes/fake-ai-server";
import { openBenchDatabase } from "./bench-database";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-bench-"));
const fake = await startFakeAiServer();
Object.assign(process.env, fake.env("bench"), { DATA_DIR: dataDir });
const database = await openBenchDatabase(`usertests_bench_pipeline_${process.pid}`);

const { db } = await import("@/lib/db");
const { mediaStorage } = await import("@/lib/storage");
const { processSession } = await import("@/inngest/functions/process-session");

const WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(2048, 7)]);

async function syntheticSession(scale: number) {
  const owner = await db.user.create({ data: { email: `bench-${scale}-${Date.now()}@example.test` } });
  const project = await db.project.create({ data: { name: `Bench ×${scale}`, memberships: { create: { userId: owner.id, role: "owner" } } } });
  const durationMs = 30 * 60_000 * scale;
  const session = await db.session.create({
    data: { projectId: project.id, status: "completed", startedAt: new Date(Date.now() - durationMs), completedAt: new Date(), consentRecording: true },
  });
  const messages = Array.from({ length: 70 * scale }, (_, i) => ({
    sessionId: session.id,
    role: i % 2 ? ("participant" as const) : ("interviewer" as const),
    content: i % 2 ? `Participant answer ${i}: the export to accounting broke again and I fixed it by hand in a spreadsheet.` : `Interviewer question ${i}?`,
    offsetMs: Math.floor((i * durationMs) / (70 * scale)),
  }));
  await db.sessionMessage.createMany({ data: messages });
  await db.sessionEvent.createMany({
    data: Array.from({ length: 2000 * scale }, (_, i) => ({
      sessionId: session.id,
      clientEventId: `e${i}`,
      type: (["click", "navigation", "scroll", "input_change"] as const)[i % 4],
      offsetMs: Math.floor((i * durationMs) / (2000 * scale)),
      url: "/invoices",
      data: { selector: `button#b${i % 50}` },
    })),
  });
  const chunks = 360 * scale;
  for (let i = 0; i < chunks; i++) {
    const key = `bench/${session.id}/audio/${String(i).padStart(6, "0")}.webm`;
    await mediaStorage().put(key, Readable.from([WEBM]), { contentType: "audio/webm", contentLength: WEBM.length });
  }
  await db.mediaChunk.createMany({
    data: Array.from({ length: chunks }, (_, i) => ({
      sessionId: session.id,
      kind: "audio" as const,
      chunkIndex: i,
      storageKey: `bench/${session.id}/audio/${String(i).padStart(6, "0")}.webm`,
      sizeBytes: WEBM.length,
      mimeType: "audio/webm",
      startOffsetMs: i * 5000,
      durationMs: 5000,
      transcriptStatus: "pending" as const,
    })),
  });
  return { projectId: project.id, sessionId: session.id };
}

fake.transcription.setDefault(() => "I said something about invoices while clicking around.");
fake.claude.setDefault((req) =>
  req.body.tools?.length
    ? {
        content: [
          {
            type: "tool_use",
            name: "record_signals",
            input: {
              signals: [
                { type: "struggling_moment", quote: "the export to accounting broke again", topic: "Exporting invoices to accounting software", confidence: 0.9, intensity: 0.8 },
                { type: "workaround", quote: "I fixed it by hand in a spreadsheet", topic: "Fixing exports by hand in spreadsheets", confidence: 0.8, intensity: 0.5 },
              ],
            },
          },
        ],
        stopReason: "tool_use",
      }
    : "A participant who struggles with exports.",
);

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

console.log("Pipeline overhead (fake model servers answer instantly)\n");
console.log("size  chunks  events  messages  windows  pipeline   raw-postgres baseline  ratio");
const results: { scale: number; ms: number }[] = [];
for (const scale of [1, 2, 4]) {
  const { projectId, sessionId } = await syntheticSession(scale);
  const started = performance.now();
  const { error } = await new InngestTestEngine({ function: processSession, events: [{ name: "session/completed", data: { sessionId, projectId, reason: "ended" } }] }).execute();
  const ms = performance.now() - started;
  if (error) throw error;
  const windows = await db.processingStep.count({ where: { run: { sessionId }, name: { startsWith: "extract-" } } });
  const after = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
  if (after.processingStatus !== "processed") throw new Error(`session not processed: ${after.processingStatus}`);
  const steps = await db.processingStep.findMany({ where: { run: { sessionId } }, select: { name: true, startedAt: true, finishedAt: true } });
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
console.log(`goal: ≤ 2 s for the 30-minute session → ${results[0].ms <= 2000 ? "met" : "NOT met"} (${(results[0].ms / 1000).toFixed(2)} s)`);

await db.$disconnect();
await database.close();
await fake.close();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
