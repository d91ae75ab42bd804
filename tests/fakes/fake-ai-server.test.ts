// The fake speaks the real SDKs' protocols: JSON and streamed messages, errors the SDK maps to its
// own error classes, prompt-cache accounting, and multipart transcription.
import Anthropic from "@anthropic-ai/sdk";
import OpenAI, { toFile } from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeAiServer, type FakeAiServer } from "./fake-ai-server";

let fake: FakeAiServer;
let anthropic: Anthropic;
let openai: OpenAI;

beforeAll(async () => {
  fake = await startFakeAiServer({ requireApiKey: "test-key" });
  anthropic = new Anthropic({ apiKey: "test-key", baseURL: fake.anthropicBaseUrl, maxRetries: 0 });
  openai = new OpenAI({ apiKey: "test-key", baseURL: fake.openaiBaseUrl, maxRetries: 0 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const ask = { model: "claude-sonnet-4-6", max_tokens: 50, messages: [{ role: "user" as const, content: "hello" }] };

describe("Anthropic Messages", () => {
  it("answers queued replies in order, as JSON, and records the parsed request", async () => {
    fake.claude.reply("first", { text: "second", usage: { input_tokens: 11, output_tokens: 7 } });
    const a = await anthropic.messages.create(ask);
    const b = await anthropic.messages.create({ ...ask, system: "be brief" });
    expect(a.content).toEqual([{ type: "text", text: "first" }]);
    expect(b.content).toEqual([{ type: "text", text: "second" }]);
    expect(b.usage).toMatchObject({ input_tokens: 11, output_tokens: 7 });
    expect(fake.claude.requests).toHaveLength(2);
    expect(fake.claude.requests[1].body.system).toBe("be brief");
    expect(fake.claude.requests[0].apiKey).toBe("test-key");
    expect(fake.claude.pending()).toBe(0);
  });

  it("streams SSE events the SDK accumulates into the final message, with usage", async () => {
    fake.claude.reply({ text: "Tell me about the last time that happened.", chunkSize: 5 });
    const deltas: string[] = [];
    const stream = anthropic.messages.stream(ask);
    stream.on("text", (t) => deltas.push(t));
    const message = await stream.finalMessage();
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join("")).toBe("Tell me about the last time that happened.");
    expect(message.content[0]).toMatchObject({ type: "text", text: "Tell me about the last time that happened." });
    expect(message.stop_reason).toBe("end_turn");
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    expect(fake.claude.requests[0].stream).toBe(true);
  });

  it("streams and returns tool_use blocks", async () => {
    fake.claude.reply({ content: [{ type: "tool_use", name: "record_signals", input: { signals: [{ quote: "it broke" }] } }] });
    const message = await anthropic.messages.stream(ask).finalMessage();
    expect(message.stop_reason).toBe("tool_use");
    expect(message.content[0]).toMatchObject({ type: "tool_use", name: "record_signals", input: { signals: [{ quote: "it broke" }] } });
    fake.claude.reply({ content: [{ type: "tool_use", name: "t", input: { a: 1 } }] });
    expect((await anthropic.messages.create(ask)).content[0]).toMatchObject({ type: "tool_use", input: { a: 1 } });
  });

  it("simulates prompt caching: the prefix up to the last cache_control is written once, then read", async () => {
    const system = [
      { type: "text" as const, text: "x".repeat(4000), cache_control: { type: "ephemeral" as const } },
      { type: "text" as const, text: "turn 1" },
    ];
    const first = await anthropic.messages.create({ ...ask, system });
    const second = await anthropic.messages.create({ ...ask, system: [system[0], { type: "text", text: "turn 2" }] });
    expect(first.usage.cache_creation_input_tokens).toBe(1000);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(1000);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
  });

  it("injects HTTP failures the SDK raises as its own errors", async () => {
    fake.claude.failNext(1, "overloaded");
    fake.claude.failNext(1, "server_error");
    fake.claude.reply({ error: "rate_limited" }, "finally");
    await expect(anthropic.messages.create(ask)).rejects.toMatchObject({ status: 500 });
    await expect(anthropic.messages.create(ask)).rejects.toMatchObject({ status: 529, type: "overloaded_error" });
    await expect(anthropic.messages.create(ask)).rejects.toBeInstanceOf(Anthropic.RateLimitError);
    expect((await anthropic.messages.create(ask)).content[0]).toMatchObject({ text: "finally" });
  });

  it("fails a stream midway with an error event", async () => {
    fake.claude.reply({ text: "Half of this arrives and then", failAfterChunks: 2, chunkSize: 4 });
    const deltas: string[] = [];
    const stream = anthropic.messages.stream(ask);
    stream.on("text", (t) => deltas.push(t));
    await expect(stream.finalMessage()).rejects.toMatchObject({ type: "overloaded_error" });
    expect(deltas.join("")).toBe("Half of ");
  });

  it("sends the retry-after a failure asks for (default 1 s on 429 and 529, none on 500)", async () => {
    fake.claude.reply(
      { error: { status: 429, type: "rate_limit_error", retryAfter: 7 } },
      { error: "overloaded" },
      { error: "server_error" },
      { error: { status: 529, type: "overloaded_error", retryAfter: null } },
    );
    const headersOf = async () =>
      ((await anthropic.messages.create(ask).catch((e: unknown) => e)) as InstanceType<typeof Anthropic.APIError>).headers?.get(
        "retry-after",
      ) ?? null;
    expect(await headersOf()).toBe("7");
    expect(await headersOf()).toBe("1");
    expect(await headersOf()).toBeNull();
    expect(await headersOf()).toBeNull();
  });

  it("cuts a reply off mid-stream, or halfway through a JSON body, by closing the connection", async () => {
    fake.claude.reply({ text: "What happened right after the export failed?", cutAfterChunks: 2, chunkSize: 5 });
    const deltas: string[] = [];
    const stream = anthropic.messages.stream(ask);
    stream.on("text", (t) => deltas.push(t));
    await expect(stream.finalMessage()).rejects.toThrow();
    expect(deltas.join("")).toBe("What happe");
    fake.claude.reply({
      content: [{ type: "tool_use", name: "record_signals", input: { signals: [{ quote: "it broke" }] } }],
      cutAfterChunks: 0,
    });
    await expect(anthropic.messages.create(ask)).rejects.toThrow(/terminated/);
  });

  it("hangs for client timeouts, drops connections and sends malformed output", async () => {
    fake.claude.reply(
      { hang: true },
      { drop: true },
      { malformed: "invalid_json" },
      { malformed: "truncated_stream" },
      { malformed: "empty_content" },
    );
    await expect(anthropic.messages.create(ask, { timeout: 200 })).rejects.toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
    await expect(anthropic.messages.create(ask)).rejects.toBeInstanceOf(Anthropic.APIConnectionError);
    await expect(anthropic.messages.create(ask)).rejects.toThrow();
    await expect(anthropic.messages.stream(ask).finalMessage()).rejects.toThrow();
    expect((await anthropic.messages.create(ask)).content).toEqual([]);
  });

  it("refuses a wrong API key with 401", async () => {
    const wrong = new Anthropic({ apiKey: "nope", baseURL: fake.anthropicBaseUrl, maxRetries: 0 });
    await expect(wrong.messages.create(ask)).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
  });

  it("consults responders when the queue is empty, then the default", async () => {
    fake.claude.use((req) => (JSON.stringify(req.body.messages).includes("ping") ? "pong" : undefined));
    fake.claude.setDefault(() => "default answer");
    expect((await anthropic.messages.create({ ...ask, messages: [{ role: "user", content: "ping" }] })).content[0]).toMatchObject({
      text: "pong",
    });
    expect((await anthropic.messages.create(ask)).content[0]).toMatchObject({ text: "default answer" });
  });
});

describe("scripting by request content", () => {
  it("answers matching requests first, in code or through the control API", async () => {
    fake.claude.when((r) => JSON.stringify(r.body.messages).includes("special"), { error: "server_error" }, 2);
    await expect(anthropic.messages.create({ ...ask, messages: [{ role: "user", content: "a special one" }] })).rejects.toMatchObject({
      status: 500,
    });
    expect((await anthropic.messages.create(ask)).content[0].type).toBe("text");
    await expect(anthropic.messages.create({ ...ask, messages: [{ role: "user", content: "special again" }] })).rejects.toMatchObject({
      status: 500,
    });
    expect((await anthropic.messages.create({ ...ask, messages: [{ role: "user", content: "special, third" }] })).content[0].type).toBe(
      "text",
    );

    const controlled = await startFakeAiServer({ control: true });
    try {
      const res = await fetch(`${controlled.url}/__control/claude/when`, {
        method: "POST",
        body: JSON.stringify({ lastUserIncludes: "MARK-1", times: 1, reply: { error: "overloaded" } }),
      });
      expect(res.status).toBe(204);
      const client = new Anthropic({ apiKey: "k", baseURL: controlled.anthropicBaseUrl, maxRetries: 0 });
      await expect(client.messages.create({ ...ask, messages: [{ role: "user", content: "MARK-1" }] })).rejects.toMatchObject({
        status: 529,
      });
      expect((await client.messages.create({ ...ask, messages: [{ role: "user", content: "MARK-1" }] })).content[0].type).toBe("text");
      // without control: true the routes do not exist
      expect((await fetch(`${fake.url}/__control/reset`, { method: "POST" })).status).not.toBe(204);
    } finally {
      await controlled.close();
    }
  });
});

describe("switchable behaviours", () => {
  it("flaky: about one request in four fails like the real API, the same way for the same seed, never replacing scripted replies", async () => {
    const outcomes = async () => {
      const seen: string[] = [];
      for (let i = 0; i < 100; i++) {
        const r = await anthropic.messages.create(ask).then(
          () => "ok",
          (e: { status?: number; message?: string }) => (e.status ? String(e.status) : "cut"),
        );
        seen.push(r);
      }
      return seen;
    };
    fake.setBehaviour({ flaky: true, seed: 3 });
    const first = await outcomes();
    fake.setBehaviour({ seed: 3 });
    expect(await outcomes()).toEqual(first);
    const failures = first.filter((o) => o !== "ok");
    expect(failures.length).toBeGreaterThanOrEqual(10);
    expect(failures.length).toBeLessThanOrEqual(45);
    expect(new Set(failures)).toEqual(new Set(["429", "529", "500", "cut"]));
    fake.claude.reply(...Array.from({ length: 10 }, () => "scripted"));
    for (let i = 0; i < 10; i++) expect((await anthropic.messages.create(ask)).content[0]).toMatchObject({ text: "scripted" });
    fake.reset();
    expect(fake.behaviour).toEqual({ quotes: "exact", flaky: false, seed: 1 });
  });

  it("is switched from another process through the control API, and validated", async () => {
    const controlled = await startFakeAiServer({ control: true, behaviour: { seed: 5 } });
    try {
      const post = (body: unknown) => fetch(`${controlled.url}/__control/behaviour`, { method: "POST", body: JSON.stringify(body) });
      expect((await post({ quotes: "messy", flaky: true })).status).toBe(204);
      expect(controlled.behaviour).toEqual({ quotes: "messy", flaky: true, seed: 5 });
      const client = new Anthropic({ apiKey: "k", baseURL: controlled.anthropicBaseUrl, maxRetries: 0 });
      await client.messages.create(ask).catch(() => undefined);
      expect(controlled.claude.requests[0].behaviour).toEqual({ quotes: "messy", flaky: true, seed: 5 });
      expect((await post({ quotes: "poetic" })).status).toBe(400);
      expect((await fetch(`${controlled.url}/__control/reset`, { method: "POST" })).status).toBe(204);
      expect(controlled.behaviour).toEqual({ quotes: "exact", flaky: false, seed: 5 });
    } finally {
      await controlled.close();
    }
  });
});

describe("OpenAI transcription", () => {
  const audio = () => toFile(Buffer.from("RIFF....WAVEfmt fake audio bytes"), "chunk-0003.webm", { type: "audio/webm" });

  it("receives the multipart upload and answers { text }", async () => {
    fake.transcription.reply("I copy everything into a spreadsheet every Friday.");
    const result = await openai.audio.transcriptions.create({ model: "whisper-1", file: await audio() });
    expect(result.text).toBe("I copy everything into a spreadsheet every Friday.");
    const [req] = fake.transcription.requests;
    expect(req).toMatchObject({ model: "whisper-1", file: { name: "chunk-0003.webm", type: "audio/webm" } });
    expect(req.file?.bytes.toString()).toContain("fake audio bytes");
  });

  it("answers verbose_json with a duration, and a default transcript when nothing is queued", async () => {
    const verbose = await openai.audio.transcriptions.create({ model: "whisper-1", file: await audio(), response_format: "verbose_json" });
    expect(verbose.text).toContain("chunk-0003.webm");
    expect(verbose.duration).toBeGreaterThan(0);
  });

  it("injects failures the SDK raises as its own errors", async () => {
    fake.transcription.failNext(1, "server_error");
    fake.transcription.reply({ malformed: "invalid_json" });
    await expect(openai.audio.transcriptions.create({ model: "whisper-1", file: await audio() })).rejects.toBeInstanceOf(
      OpenAI.InternalServerError,
    );
    await expect(openai.audio.transcriptions.create({ model: "whisper-1", file: await audio() })).rejects.toThrow();
  });
});
