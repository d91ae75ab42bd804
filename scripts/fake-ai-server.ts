// Standalone fake AI server for the e2e suite and the offline demo:
//   node_modules/.bin/tsx scripts/fake-ai-server.ts [port]        (or FAKE_AI_PORT; default 4010)
// then run the app with ANTHROPIC_API_KEY=test ANTHROPIC_BASE_URL=http://127.0.0.1:<port>
// and OPENAI_API_KEY=test OPENAI_BASE_URL=http://127.0.0.1:<port>/v1.
// Interviewer requests get deterministic, plausible questions (tests/fakes/fake-interviewer.ts).
// More responders (e.g. for the processing pipeline) are loaded from every module in
// tests/fakes/responders/ that exports `claude` and/or `transcription` (a responder or a list).
// FAKE_AI_BEHAVIOUR=messy,flaky switches on realistic model misbehaviour (see FakeBehaviour in
// tests/fakes/fake-ai-server.ts: loose or invented quotes; 429/529/500 and cut-off replies), and
// FAKE_AI_SEED makes it repeatable; POST /__control/behaviour changes it while running.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startFakeAiServer, type ClaudeResponder, type FakeBehaviour, type TranscriptionResponder } from "../tests/fakes/fake-ai-server";
import { realisticLatency, voiceLatency } from "../tests/fakes/latency-model";
import { fakeInterviewerResponder } from "../tests/fakes/fake-interviewer";

const port = Number(process.argv[2] ?? process.env.FAKE_AI_PORT ?? 4010);
const host = process.env.FAKE_AI_HOST ?? "127.0.0.1";
const quiet = process.env.FAKE_AI_QUIET === "1";
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${process.argv[2] ?? process.env.FAKE_AI_PORT}`);
  process.exit(2);
}

const behaviourWords = (process.env.FAKE_AI_BEHAVIOUR ?? "").split(/[\s,]+/).filter(Boolean);
const unknownBehaviour = behaviourWords.filter((w) => !["exact", "messy", "flaky"].includes(w));
const seed = Number(process.env.FAKE_AI_SEED ?? 1);
if (unknownBehaviour.length || !Number.isInteger(seed)) {
  console.error(
    `Invalid FAKE_AI_BEHAVIOUR (${unknownBehaviour.join(", ") || "-"}: use exact, messy and/or flaky) or FAKE_AI_SEED (${process.env.FAKE_AI_SEED})`,
  );
  process.exit(2);
}
// FAKE_AI_LATENCY=realistic: calls take as long as the real providers' (tests/fakes/latency-model.ts);
// voice: a voice interview's turn (Whisper, Claude's first token, speech's first byte)
const latencyMode = process.env.FAKE_AI_LATENCY ?? "none";
if (!["none", "realistic", "voice"].includes(latencyMode)) {
  console.error(`Invalid FAKE_AI_LATENCY (${latencyMode}): use none, realistic or voice`);
  process.exit(2);
}
const behaviour: Partial<FakeBehaviour> = {
  quotes: behaviourWords.includes("messy") ? "messy" : "exact",
  flaky: behaviourWords.includes("flaky"),
  seed,
};

const server = await startFakeAiServer({
  behaviour,
  latency: latencyMode === "realistic" ? realisticLatency(seed) : latencyMode === "voice" ? voiceLatency(seed) : undefined,
  port,
  host,
  // a visible streaming pace, like a real model
  chunkDelayMs: Number(process.env.FAKE_AI_CHUNK_DELAY_MS ?? 20),
  chunkSize: 6,
  // the e2e suite scripts failures through POST /__control/… (see FakeAiServerOptions.control)
  control: true,
  onRequest: quiet ? undefined : (line) => console.log(`[fake-ai] ${line}`),
});

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const dir = path.resolve(import.meta.dirname, "../tests/fakes/responders");
const modules = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => /\.(ts|js|mjs)$/.test(f) && !/\.test\./.test(f))
      .sort()
  : [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    claude?: ClaudeResponder | ClaudeResponder[];
    transcription?: TranscriptionResponder | TranscriptionResponder[];
  };
  for (const r of list(mod.claude)) server.claude.use(r);
  for (const r of list(mod.transcription)) server.transcription.use(r);
  if (!quiet) console.log(`[fake-ai] responders loaded from tests/fakes/responders/${file}`);
}
server.claude.use(fakeInterviewerResponder);

console.log(`[fake-ai] listening on ${server.url} (Anthropic: ${server.anthropicBaseUrl}, OpenAI: ${server.openaiBaseUrl})`);
if (behaviourWords.length)
  console.log(`[fake-ai] behaviour: quotes ${server.behaviour.quotes}, flaky ${server.behaviour.flaky}, seed ${server.behaviour.seed}`);

async function shutdown() {
  await server.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown());
