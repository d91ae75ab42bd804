import { describe, expect, it } from "vitest";
import { buildTimeline, renderTimeline, splitIntoWindows } from "./timeline";
import { validateExtraction } from "./signal-output";

const timeline = buildTimeline({
  messages: [
    { role: "interviewer", content: "When did you first look for something else?", offsetMs: 1000 },
    { role: "participant", content: "The day my accountant sent everything back!", offsetMs: 9000 },
    { role: "participant", content: "   ", offsetMs: 9500 },
  ],
  transcripts: [
    { text: "I export it every Friday, it's so slow.", startOffsetMs: 5000, chunkIndex: 1 },
    { text: null, startOffsetMs: 10000, chunkIndex: 2 },
    { text: "No start offset here", startOffsetMs: null, chunkIndex: 3 },
  ],
  events: [
    { type: "click", offsetMs: 9000, url: "/invoices", data: { selector: "button#export" } },
    { type: "scroll", offsetMs: 9100, url: "/invoices", data: { y: 300 } },
    { type: "error", offsetMs: 12000, url: null, data: { message: "Export failed" } },
  ],
});

describe("buildTimeline", () => {
  it("merges messages, speech and actions in time order, skipping empty text and scrolls", () => {
    expect(timeline.map((e) => [e.offsetMs, e.kind, e.speaker])).toEqual([
      [1000, "message", "interviewer"],
      [5000, "speech", "participant"],
      [9000, "message", "participant"], // at the same moment, what was said comes before what was done
      [9000, "action", "participant"],
      [12000, "action", "participant"],
      [15000, "speech", "participant"], // chunk 3 × 5 s when the chunk has no start offset
    ]);
    expect(timeline[3].text).toBe("clicked button#export on /invoices");
    expect(timeline[4].text).toBe("saw an error: Export failed");
  });

  it("renders one line per entry with time and speaker", () => {
    expect(renderTimeline(timeline).split("\n").slice(0, 3)).toEqual([
      "[00:01] Interviewer: When did you first look for something else?",
      "[00:05] Participant (spoken): I export it every Friday, it's so slow.",
      "[00:09] Participant: The day my accountant sent everything back!",
    ]);
  });

  it("splits into windows under a character budget without splitting entries", () => {
    const windows = splitIntoWindows(timeline, 120);
    expect(windows.length).toBeGreaterThan(1);
    expect(windows.flat()).toEqual(timeline);
    expect(splitIntoWindows(timeline, 1_000_000)).toHaveLength(1);
    expect(splitIntoWindows([], 100)).toEqual([]);
  });
});

describe("validateExtraction", () => {
  const signal = {
    type: "firing_moment",
    quote: "my accountant sent everything back",
    topic: "Invoices rejected by the accountant",
    confidence: 0.9,
    intensity: 0.8,
  };

  it("places each signal at the moment its quote was said and stores the participant's own words", () => {
    const out = validateExtraction(
      { signals: [signal, { ...signal, type: "struggling_moment", quote: "I EXPORT it every friday; it's so slow" }] },
      timeline,
    );
    expect(out.signals.map((s) => [s.type, s.offsetMs, s.quote])).toEqual([
      ["firing_moment", 9000, "my accountant sent everything back"],
      ["struggling_moment", 5000, "I export it every Friday, it's so slow"],
    ]);
    expect(out.signals[0]).toMatchObject({ context: "", analysis: "" });
    expect(out.dropped).toEqual({ ungrounded: 0, invalid: 0, examples: [] });
  });

  it("drops and counts quotes that are not the participant's words (the interviewer's, an action) and keeps the rest", () => {
    const out = validateExtraction(
      { signals: [{ ...signal, quote: "first look for something else" }, signal, { ...signal, quote: "clicked button#export" }] },
      timeline,
    );
    expect(out.signals.map((s) => s.quote)).toEqual(["my accountant sent everything back"]);
    expect(out.dropped.ungrounded).toBe(2);
    expect(out.dropped.examples[0]).toContain("first look for something else");
  });

  it("drops and counts a malformed signal; a malformed answer as a whole fails the window", () => {
    const { topic: _missing, ...noTopic } = signal;
    const out = validateExtraction(
      { signals: [{ ...signal, type: "vibe" }, { ...signal, confidence: 2 }, noTopic, "just text", signal] },
      timeline,
    );
    expect(out.signals).toHaveLength(1);
    expect(out.dropped).toMatchObject({ invalid: 4, ungrounded: 0 });
    expect(out.dropped.examples).toHaveLength(3);
    expect(out.dropped.examples[0]).toMatch(/^signal 1: type/);
    expect(() => validateExtraction({ items: [] }, timeline)).toThrow(/does not match the schema/);
    expect(() => validateExtraction("nonsense", timeline)).toThrow(/does not match the schema/);
    expect(() => validateExtraction({ signals: "many" }, timeline)).toThrow(/does not match the schema/);
  });

  it("accepts an empty list: no evidence is a valid answer", () => {
    expect(validateExtraction({ signals: [] }, timeline)).toEqual({ signals: [], dropped: { ungrounded: 0, invalid: 0, examples: [] } });
  });
});
