// npm run bench:voice — a voice interview's turn latency (issue #18) through the production server (server.ts) on the
// production build (`npm run build` first; NEXT_DIST_DIR if it lives elsewhere), on a fresh database,
// against the fake AI server with realistic voice latencies (tests/fakes/latency-model.ts voiceLatency:
// Whisper 300–600 ms, Claude's first token 500–900 ms then ~600 characters a second, speech's first
// byte 200–400 ms). Each turn is a real POST of a WAV recording to …/voice/turns; the clock runs from
// the request (the end of the participant's speech: the upload of a few hundred KB on loopback takes
// about a millisecond) to the first audio byte of the first `speech` URL, fetched as soon as its event
// arrives, as the browser does. A turn's floor is the sum of the three fake waits it went through.
// Goals (#18): p50 ≤ 1.2 × floor and ≤ 1.5 s; p95 ≤ 2.5 s.
//   BENCH_TURNS (default 40, at least 30), BENCH_VOICE_PORT (default 4300), FAKE_AI_SEED (default 1)
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminQuery, openTestServer } from "../../tests/setup/test-server";
import { productionServerArgs } from "../lib/production-server";
import { deployMigrations } from "../migrations/schema-engine";

const TURNS = Math.max(30, Number(process.env.BENCH_TURNS ?? 40));
const WARM_UP = 3;
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const PORT = Number(process.env.BENCH_VOICE_PORT ?? 4300);
const SEED = Number(process.env.FAKE_AI_SEED ?? 1);
/** a participant's answer: 8 s, as MediaRecorder's Opus in WebM sends it (about 32 kbit/s: 32 KB) */
const TURN_MS = 8_000;
const TURN_BYTES = 32_000;
/** speech rate used to turn synthesised characters into minutes of conversation (150 words a minute) */
const CHARS_PER_SPOKEN_MINUTE = 900;

if (!fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
  console.error(`No production build in ${DIST_DIR}/: run \`npm run build\` first (bench:voice measures the build, it does not make one).`);
  process.exit(1);
}

// ───────── set-up: database, data dir, fake AI, project, app ─────────
const pgServer = await openTestServer();
const dbName = `usertests_bench_voice_${process.pid}`;
await adminQuery(pgServer.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
await adminQuery(pgServer.adminUrl, `CREATE DATABASE "${dbName}"`);
const databaseUrl = pgServer.urlFor(dbName);
await deployMigrations(databaseUrl);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-bench-voice-"));
const AUTH_SECRET = "bench-voice-secret-bench-voice-secret";
Object.assign(process.env, { DATABASE_URL: databaseUrl, AUTH_SECRET, DATA_DIR: dataDir, LOG_LEVEL: "error" });

const { startFakeAiServer } = await import("../../tests/fakes/fake-ai-server");
const { voiceLatency } = await import("../../tests/fakes/latency-model");
const { fakeInterviewerResponder } = await import("../../tests/fakes/fake-interviewer");
const { voiceTurnTranscription } = await import("../../tests/fakes/fake-voice");
const latency = voiceLatency(SEED);
// Claude streams fast once it has started: 6 characters every 10 ms
const fake = await startFakeAiServer({ latency, chunkSize: 6, chunkDelayMs: 10 });
fake.claude.use(fakeInterviewerResponder);
fake.transcription.use(voiceTurnTranscription);

const { db } = await import("@/lib/db");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const { createSession } = await import("@/prisma/factories/research");
const { voiceUsageTotals } = await import("@/lib/voice/voice-usage-totals");
const { project, publicKey } = await createOwnerWithProject(db);

const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.kill("SIGTERM")));
const origin = `http://127.0.0.1:${PORT}`;
await startApp();

async function startApp(): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...fake.env(),
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    AUTH_SECRET,
    AUTH_URL: origin,
    APP_URL: origin,
    // ended interviews queue processing for a job engine the bench does not run: its retries are not news
    LOG_LEVEL: "error",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.REDIS_URL; // one process: the in-memory rate limiter
  const child = spawn(process.execPath, productionServerArgs(PORT, "127.0.0.1"), {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.status > 0,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app server on port ${PORT} did not answer within 60 s`);
}

// ───────── turns ─────────
/** A voice session opened and started through the product (the opening message is the interviewer's). */
async function newSession(): Promise<string> {
  const session = await createSession(db, { projectId: project.id, status: "pending", mode: "voice", consents: { recording: true } });
  const res = await fetch(`${origin}/api/sdk/sessions/${session.id}/interview/start?key=${publicKey}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ participantName: "Bench" }),
  });
  if (!res.ok) throw new Error(`starting the interview answered ${res.status}: ${await res.text()}`);
  return session.id;
}

/** Server-sent events from a fetch body, as they arrive. */
async function* sseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: unknown }> {
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = /^data: (.*)$/m.exec(block)?.[1];
      yield { event, data: data ? JSON.parse(data) : null };
    }
  }
}

interface Turn {
  ms: number;
  floorMs: number;
  ended: boolean;
  /** when the stream said so, from the request: transcript stored, first reply text, first speech piece */
  stages: { transcript: number; delta: number; speech: number };
  /** the turn's own fake waits */
  waits: { whisper: number; claude: number; speech: number };
}

async function turn(sessionId: string, n: number): Promise<Turn> {
  const logStart = latency.log.length;
  // each turn's recording differs (the fake hears a sentence chosen by its bytes)
  const audio = Buffer.alloc(TURN_BYTES, 0x55);
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3]).copy(audio); // the EBML (WebM) signature
  audio.writeUInt32LE(n, 8);
  const query = new URLSearchParams({ key: publicKey, clientMessageId: `bench-${n}`, durationMs: String(TURN_MS) });
  const t0 = performance.now();
  const res = await fetch(`${origin}/api/sdk/sessions/${sessionId}/voice/turns?${query}`, {
    method: "POST",
    headers: { "content-type": "audio/webm;codecs=opus" },
    body: new Uint8Array(audio),
  });
  if (res.status !== 200 || !res.body) throw new Error(`turn ${n} answered ${res.status}: ${await res.text()}`);
  let firstAudio: Promise<number> | null = null;
  let ended = false;
  const stages = { transcript: 0, delta: 0, speech: 0 };
  for await (const { event, data } of sseEvents(res.body)) {
    if ((event === "transcript" || event === "delta" || event === "speech") && !stages[event]) stages[event] = performance.now() - t0;
    if (event === "speech" && !firstAudio) {
      const url = (data as { url: string }).url;
      firstAudio = (async () => {
        const audioRes = await fetch(`${origin}${url}`);
        if (!audioRes.ok || !audioRes.body) throw new Error(`speech answered ${audioRes.status}`);
        const reader = audioRes.body.getReader();
        await reader.read();
        const at = performance.now() - t0;
        while (!(await reader.read()).done);
        return at;
      })();
    }
    if (event === "repeat" || event === "error") throw new Error(`turn ${n}: ${event} ${JSON.stringify(data)}`);
    if (event === "done") ended = (data as { ended: boolean }).ended;
  }
  if (!firstAudio) throw new Error(`turn ${n} had no speech`);
  const ms = await firstAudio;
  const waits = latency.log.slice(logStart);
  const first = (kind: string) => waits.find((w) => w.kind === kind)?.ms ?? 0;
  const turnWaits = { whisper: first("transcription"), claude: first("interview"), speech: first("speech") };
  return { ms, floorMs: turnWaits.whisper + turnWaits.claude + turnWaits.speech, ended, stages, waits: turnWaits };
}

const results: Turn[] = [];
const sessions: string[] = [];
let sessionId = await newSession();
sessions.push(sessionId);
for (let n = 0; n < TURNS + WARM_UP; n++) {
  const t = await turn(sessionId, n);
  if (n >= WARM_UP) results.push(t);
  if (t.ended) {
    sessionId = await newSession();
    sessions.push(sessionId);
  }
}

// ───────── report ─────────
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const ms = results.map((r) => r.ms);
const floors = results.map((r) => r.floorMs);
const overhead = results.map((r) => r.ms - r.floorMs);
const p50 = quantile(ms, 0.5);
const p95 = quantile(ms, 0.95);
const floor50 = quantile(floors, 0.5);
const floor95 = quantile(floors, 0.95);
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

const usage = await voiceUsageTotals({ sessionIds: sessions });
const audioMinutes = usage.audioSeconds / 60;
const { characters, tokens, costUsd } = usage;
// the bench fetches only each reply's first piece; a real room speaks all of it: count the replies' characters
const replies = await db.sessionMessage.findMany({
  where: { sessionId: { in: sessions }, role: "interviewer" },
  select: { content: true },
});
const replyChars = replies.reduce((t, r) => t + r.content.length, 0);
const byPurpose = usage.costByPurpose;
const speechPerChar = characters > 0 ? (byPurpose.speech ?? 0) / characters : 16.7 / 1_000_000;
const fullCost = costUsd - (byPurpose.speech ?? 0) + replyChars * speechPerChar;
const conversationMinutes = audioMinutes + replyChars / CHARS_PER_SPOKEN_MINUTE + ms.reduce((t, x) => t + x, 0) / 60_000;

console.log(
  `bench:voice — ${results.length} turns (after ${WARM_UP} warm-up) over ${sessions.length} sessions, production server on ${DIST_DIR}/, seed ${SEED}`,
);
console.log(`end of upload → first reply audio byte: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`);
console.log(
  `floor (Whisper + Claude first token + speech first byte): p50 ${floor50} ms, p95 ${floor95} ms; ` +
    `our overhead per turn p50 ${quantile(overhead, 0.5).toFixed(0)} ms, p95 ${quantile(overhead, 0.95).toFixed(0)} ms`,
);
// where the time goes, each stage's median next to the fake waits that precede it
const median = (pick: (t: Turn) => number) => quantile(results.map(pick), 0.5).toFixed(0);
console.log(
  `stages (p50): transcript stored ${median((t) => t.stages.transcript)} ms (Whisper waits ${median((t) => t.waits.whisper)}), ` +
    `first reply text ${median((t) => t.stages.delta)} ms (+ Claude first token ${median((t) => t.waits.claude)}), ` +
    `first speech piece ${median((t) => t.stages.speech)} ms, first audio byte ${median((t) => t.ms)} ms (+ speech first byte ${median((t) => t.waits.speech)}); ` +
    `overhead p50 by stage: before the transcript ${median((t) => t.stages.transcript - t.waits.whisper)}, ` +
    `transcript → first text beyond Claude ${median((t) => t.stages.delta - t.stages.transcript - t.waits.claude)}, ` +
    `first text → first piece ${median((t) => t.stages.speech - t.stages.delta)}, piece → audio beyond speech ${median((t) => t.ms - t.stages.speech - t.waits.speech)}`,
);
console.log(`goal p50 ≤ 1.2 × floor (${(1.2 * floor50).toFixed(0)} ms): ${verdict(p50 <= 1.2 * floor50)}`);
console.log(`goal p50 ≤ 1500 ms: ${verdict(p50 <= 1500)}`);
console.log(`goal p95 ≤ 2500 ms: ${verdict(p95 <= 2500)}`);
console.log(
  `cost: ${audioMinutes.toFixed(1)} audio min, ${replyChars.toLocaleString("en-US")} reply characters, ${tokens.toLocaleString("en-US")} tokens → ` +
    `$${fullCost.toFixed(4)} for ${conversationMinutes.toFixed(1)} min of conversation = $${(fullCost / conversationMinutes).toFixed(4)} per minute ` +
    `(Whisper $${(byPurpose.voice_transcribe ?? 0).toFixed(4)}, Claude $${(byPurpose.interview ?? 0).toFixed(4)}, speech $${(replyChars * speechPerChar).toFixed(4)})`,
);

await db.$disconnect();
await Promise.all(
  children.filter((c) => c.exitCode === null).map((c) => new Promise((resolve) => c.once("exit", resolve).kill("SIGTERM"))),
);
await fake.close();
await adminQuery(pgServer.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
await pgServer.stop();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
