// Transcription per span (ADR 010) against real PostgreSQL, real local media storage and the real
// openai SDK talking to the loopback fake Whisper in its realistic mode: the transcript is the
// `[say:…]` words found in the uploaded bytes, silence hallucinates, undecodable or tiny files are 400.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeAiServer, startFakeAiServer } from "@/tests/fakes/fake-ai-server";
import { say, whisperBehaviour } from "@/tests/fakes/whisper-behaviours";

const fake: FakeAiServer = await startFakeAiServer();
for (const [k, v] of Object.entries(fake.env("test-key"))) vi.stubEnv(k, v);

// app modules read the environment on first use, so they are imported after it is set
const { db } = await import("@/lib/db");
const { mediaStorage } = await import("@/lib/storage");
const { planTranscription, transcribeBatch } = await import("./transcribe-spans");
const { loadSessionTimeline } = await import("./load-session-timeline");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const { createAudioSpans } = await import("@/prisma/factories/media");
type SpanPartInput = import("@/prisma/factories/media").SpanPartInput;

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  fake.transcription.setDefault(whisperBehaviour("realistic"));
});

const EBML = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);
/** A timeslice: the first of a run starts with the WebM header, the others are bare continuation bytes. */
const part = (first: boolean, words: string | null, opts: { levelDb?: number | null; pad?: number } = {}): SpanPartInput => ({
  bytes: Buffer.concat([first ? EBML : Buffer.from([0x41, 0x27]), words ? say(words) : Buffer.alloc(0), Buffer.alloc(opts.pad ?? 300, 7)]),
  levelDb: opts.levelDb === undefined ? -20 : opts.levelDb,
});
/** A span of `n` timeslices where part p says "s<span> p<p>". */
const spokenSpan = (span: number, n: number, levelDb = -20) =>
  Array.from({ length: n }, (_, p) => part(p === 0, `s${span} p${p}`, { levelDb }));

async function sessionWith(spans: SpanPartInput[][], opts: { language?: string | null } = {}) {
  const { project } = await createOwnerWithProject(db);
  const session = await db.session.create({
    data: {
      projectId: project.id,
      status: "completed",
      startedAt: new Date(Date.now() - 3_600_000),
      completedAt: new Date(),
      consentRecording: true,
      language: opts.language ?? null,
    },
  });
  const chunks = await createAudioSpans(db, mediaStorage(), { projectId: project.id, sessionId: session.id, spans });
  return { project, session, chunks };
}

/** A processing run for the session (usage rows point at it). */
async function runFor(sessionId: string) {
  const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
  return (await db.processingRun.create({ data: { projectId: session.projectId, sessionId, trigger: "completed" } })).id;
}

/** What the process-session function does for step 2: plan, then one step per batch. */
async function transcribeSession(sessionId: string) {
  const runId = await runFor(sessionId);
  const batches = await planTranscription({ sessionId });
  const results = [];
  for (const [i, chunkIds] of batches.entries()) results.push(await transcribeBatch({ chunkIds, runId, step: `transcribe-${i}` }));
  return { batches, results };
}

const chunksOf = (sessionId: string) => db.mediaChunk.findMany({ where: { sessionId }, orderBy: { chunkIndex: "asc" } });

describe("transcription per span", () => {
  it("a 30-minute session recorded as 60 s spans needs 30 Whisper calls (≤ 40), one joined file each, with the session's language", async () => {
    const spans = Array.from({ length: 30 }, (_, s) => spokenSpan(s, 12));
    const { session } = await sessionWith(spans, { language: "pt" });
    const { batches } = await transcribeSession(session.id);

    expect(batches).toHaveLength(1); // up to an hour of audio per step keeps all 8 calls busy
    const calls = fake.transcription.requests;
    expect(calls.length).toBeLessThanOrEqual(40);
    expect(calls).toHaveLength(30);
    const chunks = await chunksOf(session.id);
    for (let s = 0; s < 30; s++) {
      const call = calls.find((r) => r.file?.name === `chunk-${s * 12}.webm`)!;
      // the span's 12 timeslices, joined in order: one file that starts with the header
      const stored = await Promise.all(chunks.filter((c) => c.spanStartIndex === s * 12).map((c) => mediaStorage().get(c.storageKey)));
      const expected = Buffer.concat(await Promise.all(stored.map(async (o) => Buffer.concat(await o!.body.toArray()))));
      expect(call.file!.bytes.equals(expected)).toBe(true);
      expect(call.language).toBe("pt");
    }
    // the span's text sits on its first chunk, at the span's start; the other chunks are done without text
    expect(chunks.every((c) => c.transcriptStatus === "done")).toBe(true);
    expect(chunks[12].transcriptText).toBe(Array.from({ length: 12 }, (_, p) => `s1 p${p}`).join(" "));
    expect(chunks.filter((c) => c.transcriptText !== null).map((c) => c.chunkIndex)).toEqual(Array.from({ length: 30 }, (_, s) => s * 12));
    const speech = (await loadSessionTimeline(session.id)).filter((e) => e.kind === "speech");
    expect(speech.map((e) => e.offsetMs)).toEqual(Array.from({ length: 30 }, (_, s) => s * 60_000));
    expect(speech[1].text).toContain("s1 p0 s1 p1");
    // usage: 1,800 s of audio, recorded once per step
    const usage = await db.llmUsage.findMany({ where: { sessionId: session.id } });
    expect(usage.map((u) => u.step)).toEqual(["transcribe-0"]);
    expect(usage.reduce((s, u) => s + (u.audioSeconds ?? 0), 0)).toBe(1800);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).audioSeconds).toBe(1800);
    // nothing left to do: a second plan is empty
    expect(await planTranscription({ sessionId: session.id })).toEqual([]);
  });

  it("silence is not sent; hallucinations and empty text are no speech; a 400 skips its span; none of it fails the step", async () => {
    const spans = [
      spokenSpan(0, 3), // speech
      [part(true, null, { levelDb: -72 }), part(false, null, { levelDb: -80 })], // silence: never sent
      [part(true, null, { levelDb: -50 }), part(false, null, { levelDb: -60 })], // near-silent: Whisper hallucinates
      [part(true, null, { levelDb: -20, pad: 40 })], // 0.05 s: "Audio file is too short"
      spokenSpan(4, 2), // Whisper answers with empty text
      [part(true, "unmeasured level", { levelDb: null }), part(false, "still sent", { levelDb: -90 })], // one chunk unmeasured: sent
    ];
    const { session } = await sessionWith(spans, { language: "tlh" });
    // span n starts at chunk spanStarts[n]; Whisper sees it as chunk-<start>.webm
    const spanStarts = [...new Set((await chunksOf(session.id)).map((c) => c.spanStartIndex!))];
    const spanNumber = (n: number) => spanStarts[n];
    const fileOf = (n: number) => `chunk-${spanNumber(n)}.webm`;
    fake.transcription.when((r) => r.file?.name === fileOf(4), { text: "" });

    const { results } = await transcribeSession(session.id);
    expect(results).toHaveLength(1);
    expect(fake.transcription.requests.map((r) => r.file?.name).sort()).toEqual(
      [fileOf(0), fileOf(2), fileOf(3), fileOf(4), fileOf(5)].sort(),
    );
    // a language Whisper does not know is not sent (it would refuse every span)
    expect(fake.transcription.requests.every((r) => r.language === null)).toBe(true);

    const after = await chunksOf(session.id);
    const outcome = (n: number) => {
      const own = after.filter((c) => c.spanStartIndex === spanNumber(n));
      expect(new Set(own.map((c) => c.transcriptStatus)).size).toBe(1); // a span's chunks share one outcome
      return { status: own[0].transcriptStatus, text: own[0].transcriptText, reason: own[0].transcriptError };
    };
    expect(outcome(0)).toEqual({ status: "done", text: "s0 p0 s0 p1 s0 p2", reason: null });
    expect(outcome(1)).toMatchObject({ status: "skipped", text: null, reason: expect.stringMatching(/^silence: loudest moment -72 dBFS/) });
    expect(outcome(2)).toMatchObject({ status: "skipped", text: null, reason: 'hallucination: discarded "Thank you for watching."' });
    expect(outcome(3)).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/^rejected: Whisper answered 400: .*Audio file is too short/),
    });
    expect(outcome(4)).toMatchObject({ status: "skipped", reason: "no_speech: empty text" });
    expect(outcome(5)).toEqual({ status: "done", text: "unmeasured level still sent", reason: null });
    // only real speech reaches the timeline
    const speech = (await loadSessionTimeline(session.id)).filter((e) => e.kind === "speech").map((e) => e.text);
    expect(speech).toEqual(["s0 p0 s0 p1 s0 p2", "unmeasured level still sent"]);
    // skipped spans are final: nothing is planned again
    expect(await planTranscription({ sessionId: session.id })).toEqual([]);
  });

  it("old self-contained chunks are spans of their own, and a span whose first chunk was never stored is skipped unsent", async () => {
    const { session, project } = await sessionWith([spokenSpan(0, 2)]);
    // two chunks from an SDK before spans (no span fields), after the span
    const old = await createAudioSpans(db, mediaStorage(), {
      projectId: project.id,
      sessionId: session.id,
      spans: [[part(true, "old one")], [part(true, "old two")]],
      firstIndex: 2,
      startMs: 10_000,
    });
    await db.mediaChunk.updateMany({ where: { id: { in: old.map((c) => c.id) } }, data: { spanStartIndex: null, levelDb: null } });
    // continuations of a span starting at chunk 4, which never arrived
    await createAudioSpans(db, mediaStorage(), {
      projectId: project.id,
      sessionId: session.id,
      spans: [[part(false, "orphan a"), part(false, "orphan b")]],
      firstIndex: 5,
      startMs: 25_000,
    });
    await db.mediaChunk.updateMany({ where: { sessionId: session.id, chunkIndex: { in: [5, 6] } }, data: { spanStartIndex: 4 } });

    await transcribeSession(session.id);
    expect(fake.transcription.requests.map((r) => r.file?.name).sort()).toEqual(["chunk-0.webm", "chunk-2.webm", "chunk-3.webm"]);
    const after = await chunksOf(session.id);
    expect(after.map((c) => [c.chunkIndex, c.transcriptStatus, c.transcriptText])).toEqual([
      [0, "done", "s0 p0 s0 p1"],
      [1, "done", null],
      [2, "done", "old one"],
      [3, "done", "old two"],
      [5, "skipped", null],
      [6, "skipped", null],
    ]);
    expect(after[4].transcriptError).toMatch(/^span_start_missing: chunk 4/);
  });

  it("429, 5xx and timeouts throw so the step is retried; a retry sends only the spans not done", async () => {
    const { session } = await sessionWith([spokenSpan(0, 2), spokenSpan(1, 2), spokenSpan(2, 2)]);
    fake.transcription.when((r) => r.file?.name === "chunk-2.webm", { error: "rate_limited" });
    fake.transcription.when((r) => r.file?.name === "chunk-4.webm", { error: "server_error" });
    const [chunkIds] = await planTranscription({ sessionId: session.id });
    const error = await transcribeBatch({ chunkIds, runId: await runFor(session.id), step: "transcribe-0" }).catch((e) => e);
    expect(error.status === 429 || error.status === 500).toBe(true);
    const mid = await chunksOf(session.id);
    expect(mid.map((c) => c.transcriptStatus)).toEqual(["done", "done", "pending", "pending", "pending", "pending"]);
    // what was sent before the failure is still billed
    expect((await db.llmUsage.findMany({ where: { sessionId: session.id } })).map((u) => u.audioSeconds)).toEqual([10]);

    fake.transcription.requests.length = 0;
    await transcribeSession(session.id);
    // sent side by side: in either order
    expect(fake.transcription.requests.map((r) => r.file?.name).sort()).toEqual(["chunk-2.webm", "chunk-4.webm"]);
    expect((await chunksOf(session.id)).filter((c) => c.transcriptText).map((c) => c.transcriptText)).toEqual([
      "s0 p0 s0 p1",
      "s1 p0 s1 p1",
      "s2 p0 s2 p1",
    ]);
  });
});
