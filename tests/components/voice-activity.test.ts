// The voice room's energy-based detector, fed synthetic 20 ms frames: speech with short pauses is
// one turn, a long pause ends it, short noises and steady noise are not speech.
import { describe, expect, it } from "vitest";
import {
  createVoiceActivityDetector,
  FRAME_MS,
  HANGOVER_MS,
  ONSET_MS,
  rmsDbfs,
  SILENCE_DBFS,
  type VoiceEvent,
} from "@/components/interview/voice/voice-activity";

const ROOM = -70; // a quiet room
const VOICE = -25; // conversational speech at a laptop microphone

/** Feeds `ms` of frames at `dbfs` (or a function of the frame index); collects the events. */
function feeder() {
  const vad = createVoiceActivityDetector();
  let now = 0;
  const events: VoiceEvent[] = [];
  const feed = (ms: number, dbfs: number | ((i: number) => number)) => {
    for (let i = 0; i < ms / FRAME_MS; i++) {
      now += FRAME_MS;
      events.push(...vad.push(typeof dbfs === "number" ? dbfs : dbfs(i), now));
    }
  };
  return { vad, feed, events, now: () => now };
}

describe("voice activity detector", () => {
  it("measures RMS in dBFS", () => {
    expect(rmsDbfs(new Float32Array(960))).toBe(SILENCE_DBFS);
    expect(rmsDbfs(new Float32Array(960).fill(1))).toBeCloseTo(0, 5);
    expect(rmsDbfs(new Float32Array(960).fill(0.1))).toBeCloseTo(-20, 5);
    // a full-scale sine is −3 dB
    expect(rmsDbfs(Float32Array.from({ length: 960 }, (_, i) => Math.sin((2 * Math.PI * i) / 48)))).toBeCloseTo(-3.01, 1);
  });

  it("starts a turn after the onset, keeps it through short pauses, ends it after the hang-over", () => {
    const { feed, events, vad } = feeder();
    feed(1000, ROOM);
    expect(events).toEqual([]);
    feed(1000, VOICE); // starts at 1000 ms
    expect(events).toEqual([{ type: "speech-start", atMs: 1000 }]);
    expect(vad.speaking).toBe(true);
    feed(400, ROOM); // a pause between phrases, shorter than the hang-over
    feed(800, VOICE); // ends at 3200 ms
    feed(HANGOVER_MS - FRAME_MS, ROOM);
    expect(events).toHaveLength(1);
    feed(FRAME_MS, ROOM);
    expect(events).toEqual([
      { type: "speech-start", atMs: 1000 },
      { type: "speech-end", atMs: 3200, speechMs: 2200 },
    ]);
    expect(vad.speaking).toBe(false);
  });

  it("reports speech only once it lasted the onset", () => {
    const { feed, events } = feeder();
    feed(500, ROOM);
    feed(ONSET_MS - FRAME_MS, VOICE);
    expect(events).toEqual([]);
    feed(FRAME_MS, VOICE);
    expect(events).toEqual([{ type: "speech-start", atMs: 500 }]);
  });

  it("keeps an onset through the gap between two syllables", () => {
    const { feed, events } = feeder();
    feed(500, ROOM);
    feed(80, VOICE);
    feed(40, ROOM);
    feed(80, VOICE);
    expect(events).toEqual([{ type: "speech-start", atMs: 500 }]);
  });

  it("ignores clicks and coughs shorter than the onset", () => {
    const { feed, events } = feeder();
    feed(500, ROOM);
    for (let i = 0; i < 10; i++) {
      feed(100, VOICE);
      feed(300, ROOM);
    }
    expect(events).toEqual([]);
  });

  it("learns a steady noise instead of calling it speech", () => {
    const { feed, events, vad } = feeder();
    feed(500, ROOM);
    // a fan starts slowly (ramps 20 dB over 4 s) and keeps running
    feed(4000, (i) => ROOM + (20 * i) / 200);
    feed(5000, ROOM + 20);
    expect(events).toEqual([]);
    expect(vad.floorDbfs).toBeGreaterThan(ROOM + 15);
    // speech over the fan is still heard
    feed(500, VOICE);
    expect(events.map((e) => e.type)).toEqual(["speech-start"]);
  });

  it("finds a quiet room's floor after loud noise stops", () => {
    const { feed, events, vad } = feeder();
    feed(3000, -56); // a noisy start below the speech threshold (the floor learns it)
    expect(vad.floorDbfs).toBeGreaterThan(-60);
    feed(300, ROOM); // the noise stops: the floor falls within a few frames
    expect(vad.floorDbfs).toBeLessThan(ROOM + 1);
    feed(200, VOICE);
    expect(events.map((e) => e.type)).toEqual(["speech-start"]);
  });

  it("does not count hiss after digital silence as speech", () => {
    const { feed, events } = feeder();
    feed(2000, SILENCE_DBFS);
    feed(2000, -80);
    expect(events).toEqual([]);
  });

  it("ends a turn even when a loud noise steps in and never stops", () => {
    const { feed, events } = feeder();
    feed(500, ROOM);
    feed(60_000, -40);
    expect(events.map((e) => e.type)).toEqual(["speech-start", "speech-end"]);
  });

  it("takes a stricter onset while the interviewer speaks (barge-in)", () => {
    const { feed, events, vad } = feeder();
    feed(500, ROOM);
    vad.setOnsetMs(300);
    feed(200, VOICE);
    feed(400, ROOM);
    expect(events).toEqual([]);
    feed(300, VOICE);
    expect(events).toEqual([{ type: "speech-start", atMs: 1100 }]);
  });

  it("forgets an utterance on reset", () => {
    const { feed, events, vad } = feeder();
    feed(500, ROOM);
    feed(500, VOICE);
    vad.reset();
    expect(vad.speaking).toBe(false);
    feed(1500, ROOM);
    expect(events.map((e) => e.type)).toEqual(["speech-start"]);
  });
});
