// The voice room's speech queue: the reply's sentences play one after another through one audio
// element, in index order even when they arrive out of order; barge-in (clear) stops and forgets
// them; a blocked autoplay keeps the sentence for the click that unblocks it. The element is a
// stand-in with the media element's few members the queue uses (vitest runs in Node, no DOM).
import { describe, expect, it } from "vitest";
import { createSpeechQueue } from "@/components/interview/voice/speech-queue";

class StandInAudio extends EventTarget {
  src = "";
  paused = true;
  plays: string[] = [];
  refuse: string | null = null;
  play() {
    if (this.refuse) return Promise.reject(new DOMException("no gesture", this.refuse));
    this.paused = false;
    this.plays.push(this.src);
    return Promise.resolve();
  }
  pause() {
    this.paused = true;
  }
  removeAttribute(name: string) {
    if (name === "src") this.src = "";
  }
  load() {}
  /** the sentence reached its end */
  end() {
    this.paused = true;
    this.dispatchEvent(new Event("ended"));
  }
}

function setup() {
  const audio = new StandInAudio();
  const captions: (string | null)[] = [];
  const active: boolean[] = [];
  let blocked = 0;
  const queue = createSpeechQueue(audio as unknown as HTMLAudioElement, {
    onCaption: (t) => captions.push(t),
    onActive: (a) => active.push(a),
    onBlocked: () => blocked++,
  });
  return { audio, queue, captions, active, blocked: () => blocked };
}

const item = (index: number) => ({ index, text: `Sentence ${index}.`, url: `/speech/${index}` });

describe("speech queue", () => {
  it("plays sentences in order, one at a time, and goes idle after the last", () => {
    const { audio, queue, captions, active } = setup();
    queue.add(item(0));
    queue.add(item(1));
    expect(audio.plays).toEqual(["/speech/0"]);
    expect(queue.busy).toBe(true);
    audio.end();
    expect(audio.plays).toEqual(["/speech/0", "/speech/1"]);
    audio.end();
    expect(queue.busy).toBe(false);
    expect(captions).toEqual(["Sentence 0.", "Sentence 1.", null]);
    expect(active.at(-1)).toBe(false);
  });

  it("waits for the sentence playing before starting one that arrived early, in index order", () => {
    const { audio, queue } = setup();
    queue.add(item(0));
    queue.add(item(2));
    queue.add(item(1));
    audio.end();
    audio.end();
    expect(audio.plays).toEqual(["/speech/0", "/speech/1", "/speech/2"]);
  });

  it("stops and forgets everything on clear (barge-in); a stray error after it is not a sentence's end", () => {
    const { audio, queue } = setup();
    queue.add(item(0));
    queue.add(item(1));
    queue.clear();
    expect(audio.paused).toBe(true);
    expect(audio.src).toBe("");
    expect(queue.busy).toBe(false);
    audio.dispatchEvent(new Event("error"));
    expect(audio.plays).toEqual(["/speech/0"]);
    queue.add(item(0));
    expect(audio.plays).toEqual(["/speech/0", "/speech/0"]);
  });

  it("skips a sentence that fails to load", () => {
    const { audio, queue } = setup();
    queue.add(item(0));
    queue.add(item(1));
    audio.dispatchEvent(new Event("error"));
    expect(audio.plays).toEqual(["/speech/0", "/speech/1"]);
  });

  it("holds still while paused and carries on after resume", () => {
    const { audio, queue } = setup();
    queue.add(item(0));
    queue.pause();
    queue.add(item(1));
    expect(audio.paused).toBe(true);
    audio.end();
    expect(audio.plays).toEqual(["/speech/0"]);
    queue.resume();
    expect(audio.plays).toEqual(["/speech/0", "/speech/1"]);
  });

  it("keeps a sentence the autoplay policy refused for the click that unblocks it", async () => {
    const { audio, queue, blocked } = setup();
    audio.refuse = "NotAllowedError";
    queue.add(item(0));
    await Promise.resolve();
    await Promise.resolve();
    expect(blocked()).toBe(1);
    audio.refuse = null;
    queue.retry();
    expect(audio.plays).toEqual(["/speech/0"]);
  });
});
