// The fake Whisper's switchable behaviours, through the real openai SDK: what the pipeline's
// transcription must survive (hallucinations on silence, empty text, 400 too short, 429).
import OpenAI, { toFile } from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeAiServer, startFakeAiServer } from "./fake-ai-server";
import { REALISTIC_MIN_BYTES, SILENCE_HALLUCINATION, say, whisperBehaviour } from "./whisper-behaviours";

let fake: FakeAiServer;
let openai: OpenAI;

beforeAll(async () => {
  fake = await startFakeAiServer({ control: true });
  openai = new OpenAI({ apiKey: "test", baseURL: fake.openaiBaseUrl, maxRetries: 0 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const EBML = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);
const webm = (...parts: Buffer[]) => Buffer.concat([EBML, ...parts, Buffer.alloc(REALISTIC_MIN_BYTES)]);
const transcribe = async (bytes: Buffer, language?: string) =>
  openai.audio.transcriptions.create({
    model: "whisper-1",
    file: await toFile(bytes, "chunk-0.webm", { type: "audio/webm" }),
    ...(language ? { language } : {}),
  });
const control = (behaviour: string) =>
  fetch(`${fake.url}/__control/transcription/behaviour`, { method: "POST", body: JSON.stringify({ behaviour }) }).then((r) => r.status);

describe("fake Whisper behaviours", () => {
  it("hallucinate: the famous sentence whatever was sent", async () => {
    fake.transcription.setDefault(whisperBehaviour("hallucinate"));
    expect((await transcribe(webm())).text).toBe(SILENCE_HALLUCINATION);
  });

  it("empty: a 200 with no text", async () => {
    fake.transcription.setDefault(whisperBehaviour("empty"));
    expect((await transcribe(webm(say("hello")))).text).toBe("");
  });

  it("too_short: 400 with OpenAI's message, as an SDK BadRequestError", async () => {
    fake.transcription.setDefault(whisperBehaviour("too_short"));
    const error = await transcribe(webm()).catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.status).toBe(400);
    expect(error.message).toContain("Audio file is too short");
  });

  it("rate_limited: 429 with retry-after, as an SDK RateLimitError", async () => {
    fake.transcription.setDefault(whisperBehaviour("rate_limited"));
    const error = await transcribe(webm()).catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error.headers.get("retry-after")).toBe("1");
  });

  it("realistic: the words spoken in the bytes, in order; silence hallucinates; undecodable or tiny files are refused", async () => {
    fake.transcription.setDefault(whisperBehaviour("realistic"));
    expect((await transcribe(webm(say("I export"), Buffer.alloc(50), say("every Friday")), "en")).text).toBe("I export every Friday");
    expect(fake.transcription.requests.at(-1)?.language).toBe("en");
    expect((await transcribe(webm())).text).toBe(SILENCE_HALLUCINATION);
    // a timeslice sent without its span's header is not a file Whisper can decode
    const headless = await transcribe(Buffer.concat([say("hello"), Buffer.alloc(500)])).catch((e) => e);
    expect(headless.status).toBe(400);
    expect(headless.message).toContain("Invalid file format");
    const tiny = await transcribe(Buffer.concat([EBML, say("hi")])).catch((e) => e);
    expect(tiny.status).toBe(400);
    expect(tiny.message).toContain("too short");
  });

  it("the control API switches the behaviour from another process (ahead of responders), refuses unknown ones, and reset restores the default", async () => {
    // the standalone server (scripts/fake-ai-server.ts) loads a responder that always answers
    fake.transcription.use(() => "from a responder");
    expect(await control("empty")).toBe(204);
    expect((await transcribe(webm())).text).toBe("");
    expect(await control("too_short")).toBe(204);
    expect(await transcribe(webm()).catch((e) => e.status)).toBe(400);
    expect(await control("default")).toBe(204);
    expect((await transcribe(webm())).text).toBe("from a responder");
    expect(await control("loud")).toBe(400);
    expect((await fetch(`${fake.url}/__control/reset`, { method: "POST" })).status).toBe(204);
    expect((await transcribe(webm())).text).toMatch(/^Fake transcript of chunk-0\.webm/);
    fake.transcription.setDefault(whisperBehaviour("hallucinate"));
    fake.reset();
    expect((await transcribe(webm())).text).toMatch(/^Fake transcript/);
  });
});
