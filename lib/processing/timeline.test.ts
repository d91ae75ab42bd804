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
  const signal = { type: "firing_moment", quote: "my accountant sent everything back", topic: "Invoices rejected by the accountant", confidence: 0.9, intensity: 0.8 };

  it("places each signal at the moment its quote was said (punctuation and case do not matter)", () => {
    const out = validateExtraction({ signals: [signal, { ...signal, type: "struggling_moment", quote: "I EXPORT it every friday; it's so slow" }] }, timeline);
    expect(out.map((s) => [s.type, s.offsetMs])).toEqual([
      ["firing_moment", 9000],
      ["struggling_moment", 5000],
    ]);
    expect(out[0]).toMatchObject({ context: "", analysis: "" });
  });

  it("rejects quotes that are not the participant's words, including the interviewer's", () => {
    expect(() => validateExtraction({ signals: [{ ...signal, quote: "first look for something else" }] }, timeline)).toThrow(/not the participant's words/);
    expect(() => validateExtraction({ signals: [{ ...signal, quote: "clicked button#export" }] }, timeline)).toThrow(/not the participant's words/);
  });

  it("rejects output that does not match the schema", () => {
    expect(() => validateExtraction({ signals: [{ ...signal, type: "vibe" }] }, timeline)).toThrow(/does not match the schema/);
    expect(() => validateExtraction({ signals: [{ ...signal, confidence: 2 }] }, timeline)).toThrow(/does not match the schema/);
    expect(() => validateExtraction({ items: [] }, timeline)).toThrow(/does not match the schema/);
    expect(() => validateExtraction("nonsense", timeline)).toThrow(/does not match the schema/);
  });

  it("accepts an empty list: no evidence is a valid answer", () => {
    expect(validateExtraction({ signals: [] }, timeline)).toEqual([]);
  });
});
