// The fake AI server's voice parts through the real `openai` SDK: speech returns valid audio in
// chunks; a spoken turn is heard as a sentence in the request's language, the same one every time.
import OpenAI, { toFile } from "openai";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeAiServer } from "./fake-ai-server";
import { fakeMp3, voiceTurnTranscription } from "./fake-voice";
import { voiceLatency } from "./latency-model";

const latency = voiceLatency(7);
const fake = await startFakeAiServer({ latency });
fake.transcription.use(voiceTurnTranscription);
afterAll(() => fake.close());
const client = new OpenAI({ apiKey: "test", baseURL: fake.openaiBaseUrl, maxRetries: 0 });

describe("fake speech", () => {
  it("streams a valid MP3 (MPEG-1 Layer III frames) in several chunks, after the speech latency", async () => {
    const res = await client.audio.speech.create({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hello there, how are you?" });
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    const chunks: Uint8Array[] = [];
    for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) chunks.push(c);
    const audio = Buffer.concat(chunks);
    expect(chunks.length).toBeGreaterThan(1);
    // every 417 bytes a frame header: sync word, MPEG-1 Layer III, 128 kbit/s, 44.1 kHz
    for (let at = 0; at < audio.length; at += 417) expect([...audio.subarray(at, at + 3)]).toEqual([0xff, 0xfb, 0x90]);
    expect(audio.length).toBe(fakeMp3(1667).length); // 25 characters at 15 a second
    expect(latency.log.at(-1)).toMatchObject({ kind: "speech" });
    expect(latency.log.at(-1)!.ms).toBeGreaterThanOrEqual(200);
    expect(latency.log.at(-1)!.ms).toBeLessThanOrEqual(400);
  });

  it("serves WAV when asked, and refuses a request without input", async () => {
    const res = await client.audio.speech.create({ model: "tts-1", voice: "alloy", input: "Hi.", response_format: "wav" });
    const wav = Buffer.from(await res.arrayBuffer());
    expect(wav.subarray(0, 4).toString("ascii")).toBe("RIFF");
    await expect(client.audio.speech.create({ model: "tts-1", voice: "alloy", input: "" })).rejects.toMatchObject({ status: 400 });
  });
});

describe("fake per-turn transcription", () => {
  it("hears a turn as the same plausible sentence in the request's language every time", async () => {
    const bytes = Buffer.from("RIFF some audio bytes WAVE");
    const hear = async (language: string) =>
      (await client.audio.transcriptions.create({ model: "whisper-1", language, file: await toFile(bytes, "turn-abc.wav") })).text;
    const es = await hear("es");
    expect(es).toMatch(/[a-záéíóú]/);
    expect(await hear("es")).toBe(es);
    expect(await hear("ja")).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(latency.log.filter((e) => e.kind === "transcription").every((e) => e.ms >= 300 && e.ms <= 600)).toBe(true);
  });
});
