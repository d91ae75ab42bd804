// Spoken turns end to end in-process: the real route handlers, PostgreSQL, media storage, and the
// real `openai` and Anthropic SDKs talking to the loopback fake AI server over HTTP.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { fakeInterviewerResponder } from "@/tests/fakes/fake-interviewer";
import { say } from "@/tests/fakes/whisper-behaviours";

const fake = await vi.hoisted(async () => {
  const { startFakeAiServer } = await import("@/tests/fakes/fake-ai-server");
  const server = await startFakeAiServer();
  Object.assign(process.env, server.env(), { ANTHROPIC_MODEL: "claude-sonnet-4-6", TRANSCRIPTION_MODEL: "whisper-1" });
  return server;
});
afterAll(() => fake.close());

const { voiceTurnTranscription } = await import("@/tests/fakes/fake-voice");
const { mediaStorage } = await import("@/lib/storage");
const turns = await import("@/app/api/sdk/sessions/[sessionId]/voice/turns/route");
const speech = await import("@/app/api/sdk/sessions/[sessionId]/voice/speech/route");
const prompt = await import("@/app/api/sdk/sessions/[sessionId]/voice/prompt/route");
const start = await import("@/app/api/sdk/sessions/[sessionId]/interview/start/route");
const { startInterview } = await import("@/lib/interviewer/start-interview");
const { resolvePublicKey } = await import("@/lib/access/public-key");
const { getSessionVoiceUsage } = await import("./session-voice-usage");
const { getInterviewView } = await import("@/lib/interviewer/get-interview-view");

beforeEach(() => {
  fake.reset();
  fake.claude.use(fakeInterviewerResponder);
  fake.transcription.use(voiceTurnTranscription);
});

/** A small WebM-looking recording whose words the fake Whisper "hears". */
const recording = (words: string) => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), say(words), Buffer.alloc(300)]);

async function setup(options: { recording?: boolean; mode?: "voice" | "text"; language?: string } = {}) {
  const { project, publicKey } = await createOwnerWithProject(db);
  const session = await createSession(db, {
    projectId: project.id,
    status: "pending",
    mode: options.mode ?? "voice",
    consents: { recording: options.recording ?? false },
  });
  if (options.language) await db.session.update({ where: { id: session.id }, data: { language: options.language } });
  const caller = await resolvePublicKey(new Request(`http://localhost/x?key=${publicKey}`));
  await startInterview({ caller, sessionId: session.id, participantName: "Ana" });
  return { project, session, publicKey, caller };
}

interface SseEvent {
  event: string;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function parseSse(text: string): SseEvent[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = /^data: (.*)$/m.exec(block)?.[1];
      return { event, data: data ? JSON.parse(data) : null };
    });
}

async function sendTurn(
  s: { session: { id: string }; publicKey: string },
  opts: { audio?: Buffer; id?: string; type?: string; durationMs?: number; headers?: Record<string, string> } = {},
) {
  const query = new URLSearchParams({
    key: s.publicKey,
    clientMessageId: opts.id ?? crypto.randomUUID(),
    durationMs: String(opts.durationMs ?? 4_000),
  });
  const body = opts.audio ?? recording("I plan the week on Monday mornings.");
  const req = new Request(`http://localhost:3000/api/sdk/sessions/${s.session.id}/voice/turns?${query}`, {
    method: "POST",
    headers: { "content-type": opts.type ?? "audio/webm;codecs=opus", ...opts.headers },
    body: new Uint8Array(body),
  });
  const res = await turns.POST(req, { params: Promise.resolve({ sessionId: s.session.id }) });
  const text = await res.text();
  const events = res.headers.get("content-type")?.startsWith("text/event-stream") ? parseSse(text) : [];
  return { status: res.status, headers: res.headers, events, json: events.length ? null : JSON.parse(text || "null") };
}

async function speechOf(sessionId: string, url: string) {
  return speech.GET(new Request(`http://localhost:3000${url}`), { params: Promise.resolve({ sessionId }) });
}

const participantMessages = (sessionId: string) =>
  db.sessionMessage.findMany({ where: { sessionId, role: "participant" }, orderBy: { createdAt: "asc" } });

describe("a spoken turn", () => {
  it("is transcribed in the session's language, stored once as a spoken message, and answered with speech URLs", async () => {
    const s = await setup({ language: "es" });
    const { status, events } = await sendTurn(s, {
      id: "turn-1",
      audio: Buffer.from("RIFF....WAVE plain audio without markers".padEnd(400)),
      type: "audio/wav",
    });
    expect(status).toBe(200);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe("transcript");
    expect(names.at(-1)).toBe("done");
    expect(names).toContain("delta");
    expect(names.indexOf("speech")).toBeLessThan(names.lastIndexOf("delta")); // speaking starts before the reply is complete

    // Whisper got the audio and the language
    expect(fake.transcription.requests).toHaveLength(1);
    expect(fake.transcription.requests[0]).toMatchObject({ language: "es", model: "whisper-1" });
    expect(fake.transcription.requests[0].file?.name).toBe("turn-turn-1.wav");

    const transcript = events[0].data;
    expect(transcript.duplicate).toBe(false);
    expect(transcript.message).toMatchObject({ role: "participant", spoken: true, clientMessageId: "turn-1" });
    expect(transcript.message.content).toMatch(/lunes|exportar|rápido/); // a Spanish sentence from the fake

    const [stored] = await participantMessages(s.session.id);
    expect(stored).toMatchObject({ spoken: true, audioMs: 4_000, audioKey: null, content: transcript.message.content });
    const done = events.at(-1)!.data;
    expect(done.reply).toMatchObject({ role: "interviewer", spoken: true });

    // the speech pieces, in order, make up the reply
    const pieces = events.filter((e) => e.event === "speech").map((e) => e.data);
    expect(pieces.map((p) => p.index)).toEqual(pieces.map((_, i) => i));
    expect(
      pieces
        .map((p) => p.text)
        .join(" ")
        .replace(/\s+/g, " "),
    ).toBe(done.reply.content.replace(/\s+/g, " "));
    expect(pieces[0].url).toMatch(new RegExp(`^/api/sdk/sessions/${s.session.id}/voice/speech\\?key=`));

    // Whisper's minute price, on the session
    const usage = await db.llmUsage.findMany({ where: { sessionId: s.session.id, purpose: "voice_transcribe" } });
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({ provider: "openai", model: "whisper-1", audioSeconds: 4 });
    expect(Number(usage[0].costUsd)).toBeCloseTo(0.0004, 6); // 4 s at $0.006/min
  });

  it("is stored once when retried with the same clientMessageId, without transcribing it again", async () => {
    const s = await setup();
    const first = await sendTurn(s, { id: "same-turn", audio: recording("We export invoices every Friday.") });
    const again = await sendTurn(s, { id: "same-turn", audio: recording("We export invoices every Friday.") });
    expect(again.status).toBe(200);
    expect(again.events[0]).toMatchObject({ event: "transcript", data: { duplicate: true } });
    expect(again.events[0].data.message.id).toBe(first.events[0].data.message.id);
    // the stored reply is spoken again, not generated again
    expect(again.events.filter((e) => e.event === "speech").length).toBeGreaterThan(0);
    expect(again.events.at(-1)!.data.reply.id).toBe(first.events.at(-1)!.data.reply.id);
    expect(fake.transcription.requests).toHaveLength(1);
    expect(await participantMessages(s.session.id)).toHaveLength(1);
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).participantTurns).toBe(1);
  });

  it("asks to repeat, storing nothing, when Whisper hears nothing or fails", async () => {
    const s = await setup({ recording: true });
    for (const reply of [{ text: "" }, { text: "[inaudible]" }, { text: "Thank you for watching." }, { error: "server_error" as const }]) {
      fake.transcription.reply(reply);
      const { status, events } = await sendTurn(s);
      expect(status).toBe(200);
      expect(events).toHaveLength(1);
      expect(events[0].event).toBe("repeat");
      expect(events[0].data.code).toBe("error" in reply ? "transcription_failed" : "no_speech");
    }
    expect(await participantMessages(s.session.id)).toHaveLength(0);
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).participantTurns).toBe(0);
    // no audio is left behind for a turn that was not kept
    expect(await mediaStorage().deletePrefix(`projects/${s.project.id}/sessions/${s.session.id}/voice/`)).toEqual({ deleted: 0 });
  });

  it("keeps the turn's audio only with recording consent, under the session's media (erased with it)", async () => {
    const withConsent = await setup({ recording: true });
    const audio = recording("I keep my receipts in a shoebox.");
    await sendTurn(withConsent, { id: "kept", audio });
    const [kept] = await participantMessages(withConsent.session.id);
    expect(kept.audioKey).toBe(`projects/${withConsent.project.id}/sessions/${withConsent.session.id}/voice/turn-kept.webm`);
    const object = await mediaStorage().get(kept.audioKey!);
    expect(object?.size).toBe(audio.length);
    object?.body.destroy();

    const without = await setup({ recording: false });
    await sendTurn(without, { id: "dropped" });
    const [dropped] = await participantMessages(without.session.id);
    expect(dropped).toMatchObject({ spoken: true, audioKey: null });
    expect(await mediaStorage().exists(`projects/${without.project.id}/sessions/${without.session.id}/voice/turn-dropped.webm`)).toBe(
      false,
    );
  });

  it("waits for the previous reply when the participant speaks over it (barge-in), keeping the turns in order", async () => {
    const s = await setup();
    // the first reply is slow to start; the second turn arrives while it is being written
    fake.claude.reply({ text: "Tell me about the first time you tried it.", delayMs: 600 });
    const first = sendTurn(s, { id: "first" });
    // the first turn is in Claude's hands (the opening was the first request)
    await vi.waitFor(() => expect(fake.claude.requests).toHaveLength(2));
    const second = await sendTurn(s, { id: "second" });
    const firstDone = await first;
    expect(firstDone.events.at(-1)!.event).toBe("done");
    expect(second.status).toBe(200);
    expect(second.events.at(-1)!.event).toBe("done");
    const all = await db.sessionMessage.findMany({
      where: { sessionId: s.session.id },
      orderBy: [{ offsetMs: "asc" }, { createdAt: "asc" }],
    });
    expect(all.map((m) => m.clientMessageId)).toEqual([
      "interviewer:opening",
      "first",
      "interviewer:reply:first",
      "second",
      "interviewer:reply:second",
    ]);
  });

  it("refuses what it cannot take: 415 type, 413 size, 409 not a live voice interview, 400 query", async () => {
    const s = await setup();
    expect((await sendTurn(s, { type: "video/webm" })).status).toBe(415);
    expect((await sendTurn(s, { type: "text/plain" })).json.error.code).toBe("unsupported_media_type");
    const big = await sendTurn(s, { audio: Buffer.alloc(5 * 1024 * 1024 + 1) });
    expect(big.status).toBe(413);
    expect(big.json.error.code).toBe("payload_too_large");

    const text = await setup({ mode: "text" });
    expect((await sendTurn(text)).status).toBe(409);
    await db.session.update({ where: { id: s.session.id }, data: { status: "completed" } });
    const ended = await sendTurn(s);
    expect(ended.status).toBe(409);
    expect(ended.json.error.code).toBe("conflict");

    const bad = new URLSearchParams({ key: s.publicKey, clientMessageId: "has spaces", durationMs: "x" });
    const res = await turns.POST(
      new Request(`http://localhost:3000/api/sdk/sessions/${s.session.id}/voice/turns?${bad}`, {
        method: "POST",
        headers: { "content-type": "audio/webm" },
        body: "abc",
      }),
      { params: Promise.resolve({ sessionId: s.session.id }) },
    );
    expect(res.status).toBe(400);
    expect(fake.transcription.requests).toHaveLength(0);
  });
});

describe("speech", () => {
  it("streams the synthesised audio of a signed piece and records its characters and cost", async () => {
    const s = await setup();
    const { events } = await sendTurn(s);
    const piece = events.find((e) => e.event === "speech")!.data;
    const res = await speechOf(s.session.id, piece.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    const audio = Buffer.from(await res.arrayBuffer());
    expect(audio.length).toBeGreaterThan(400);
    expect([...audio.subarray(0, 2)]).toEqual([0xff, 0xfb]); // an MPEG audio frame
    expect(fake.speech.requests.at(-1)).toMatchObject({
      model: "gpt-4o-mini-tts",
      voice: "alloy",
      input: piece.text,
      responseFormat: "mp3",
    });

    const rows = await db.llmUsage.findMany({ where: { sessionId: s.session.id, purpose: "speech" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider: "openai", model: "gpt-4o-mini-tts", characters: piece.text.length });
    expect(Number(rows[0].costUsd)).toBeCloseTo((piece.text.length * 16.7) / 1_000_000, 6);
  });

  it("speaks a voice interview's opening: Start returns its pieces with speech URLs; a text interview gets none", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    const startOf = async (mode: "voice" | "text") => {
      const session = await createSession(db, { projectId: project.id, status: "pending", mode });
      const res = await start.POST(
        new Request(`http://localhost:3000/api/sdk/sessions/${session.id}/interview/start?key=${publicKey}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ participantName: "Ana" }),
        }),
        { params: Promise.resolve({ sessionId: session.id }) },
      );
      expect(res.status).toBe(200);
      return { session, body: await res.json() };
    };

    const voice = await startOf("voice");
    expect(voice.body.session.mode).toBe("voice");
    const pieces = voice.body.openingSpeech as { index: number; text: string; url: string }[];
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.map((p) => p.index)).toEqual(pieces.map((_, i) => i));
    // the pieces are the opening message, in order, and each URL plays its own piece
    expect(pieces.map((p) => p.text).join(" ")).toBe(voice.body.opening.content.replace(/\s+/g, " ").trim());
    const res = await speechOf(voice.session.id, pieces[0].url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).length).toBeGreaterThan(400);
    expect(fake.speech.requests.at(-1)).toMatchObject({ input: pieces[0].text });

    const text = await startOf("text");
    expect(text.body.opening.content.length).toBeGreaterThan(0);
    expect(text.body.openingSpeech).toEqual([]);
  });

  it("refuses a forged, foreign or expired token (403/410) and says so when the speech API fails (503)", async () => {
    const s = await setup();
    const other = await setup();
    const { events } = await sendTurn(s);
    const url = new URL(events.find((e) => e.event === "speech")!.data.url, "http://x");
    const t = url.searchParams.get("t")!;
    const withToken = (token: string, sessionId = s.session.id, key = s.publicKey) =>
      speechOf(sessionId, `/api/sdk/sessions/${sessionId}/voice/speech?key=${key}&t=${encodeURIComponent(token)}`);

    expect((await withToken(`${t.split(".")[0]}.AAAA${t.split(".")[1].slice(4)}`)).status).toBe(403);
    // a token for one session does not speak in another
    expect((await withToken(t, other.session.id, other.publicKey)).status).toBe(403);
    const { signSpeechToken } = await import("./speech-token");
    const expired = signSpeechToken({ sessionId: s.session.id, index: 0, text: "Hello." }, Date.now() - 16 * 60_000);
    const gone = await withToken(expired);
    expect(gone.status).toBe(410);
    expect((await gone.json()).error.code).toBe("gone");

    fake.speech.failNext(1, "server_error");
    const failed = await withToken(t);
    expect(failed.status).toBe(503);
    expect(await db.llmUsage.count({ where: { sessionId: s.session.id, purpose: "speech" } })).toBe(0);
  });

  it("gives a gentle prompt in the session's language with a speech URL, storing no message", async () => {
    const s = await setup({ language: "es" });
    const before = await db.sessionMessage.count({ where: { sessionId: s.session.id } });
    const res = await prompt.POST(
      new Request(`http://localhost:3000/api/sdk/sessions/${s.session.id}/voice/prompt?key=${s.publicKey}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "repeat" }),
      }),
      { params: Promise.resolve({ sessionId: s.session.id }) },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.text).toMatch(/¿Puedes repetirlo\?/);
    const audio = await speechOf(s.session.id, body.url);
    expect(audio.status).toBe(200);
    expect(await db.sessionMessage.count({ where: { sessionId: s.session.id } })).toBe(before);

    const bad = await prompt.POST(
      new Request(`http://localhost:3000/api/sdk/sessions/${s.session.id}/voice/prompt?key=${s.publicKey}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "sing" }),
      }),
      { params: Promise.resolve({ sessionId: s.session.id }) },
    );
    expect(bad.status).toBe(400);
  });
});

describe("voice usage of a session", () => {
  it("sums audio minutes, characters, tokens and cost, per minute of interview; the room learns the mode and voice", async () => {
    const s = await setup();
    const { events } = await sendTurn(s, { durationMs: 30_000 });
    await speechOf(s.session.id, events.find((e) => e.event === "speech")!.data.url).then((r) => r.arrayBuffer());
    // a known interview length: two minutes since it started
    const last = await db.sessionMessage.findFirstOrThrow({ where: { sessionId: s.session.id }, orderBy: { createdAt: "desc" } });
    await db.session.update({ where: { id: s.session.id }, data: { startedAt: new Date(last.createdAt.getTime() - 120_000) } });

    const rows = await db.llmUsage.findMany({ where: { sessionId: s.session.id } });
    const usage = await getSessionVoiceUsage({ sessionId: s.session.id });
    const cost = rows.reduce((t, r) => t + Number(r.costUsd), 0);
    expect(usage).toMatchObject({
      audioMinutes: 0.5,
      characters: rows.filter((r) => r.purpose === "speech").reduce((t, r) => t + r.characters, 0),
      interviewMinutes: 2,
    });
    expect(usage!.characters).toBeGreaterThan(0);
    expect(usage!.tokens).toBe(
      rows
        .filter((r) => r.purpose === "interview")
        .reduce((t, r) => t + r.inputTokens + r.outputTokens + r.cacheReadTokens + r.cacheWriteTokens, 0),
    );
    expect(usage!.costUsd).toBeCloseTo(cost, 6);
    expect(usage!.costPerMinuteUsd).toBeCloseTo(cost / 2, 6);

    const view = await getInterviewView({ caller: s.caller, sessionId: s.session.id });
    expect(view.session.mode).toBe("voice");
    expect(view.voice).toEqual({ available: true, message: null });
    expect(view.messages.filter((m) => m.role === "participant").every((m) => m.spoken)).toBe(true);

    // a text interview has no voice usage
    const text = await setup({ mode: "text" });
    expect(await getSessionVoiceUsage({ sessionId: text.session.id })).toBeNull();
  });
});
