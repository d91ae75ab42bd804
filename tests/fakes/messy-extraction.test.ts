// The fake's messy quoting against the real validator, over many seeds: whatever mix of variations
// a seed produces, the pipeline keeps exactly the faithful ones and drops exactly the rest. This
// checks the fake's labels and the grounding together, beyond the hand-written fixtures.
import { describe, expect, it } from "vitest";
import { validateExtraction } from "@/lib/processing/signal-output";
import { buildTimeline, renderTimeline } from "@/lib/processing/timeline";
import { MESSY_SESSION } from "@/tests/fixtures/grounding/messy-session";
import { EXPECTED, messySignals, parseRenderedTimeline, type QuoteVariation } from "./messy-extraction";
import { faithfulSignals } from "./responders/analysis";

const timeline = buildTimeline({
  messages: MESSY_SESSION.map(([role, content], i) => ({ role, content, offsetMs: (i + 1) * 10_000 })),
  transcripts: [],
  events: [],
});
const lines = parseRenderedTimeline(`Session timeline:\n\n${renderTimeline(timeline)}`);
const picks = faithfulSignals(lines);

describe("messy extraction (fake) × grounding (real)", () => {
  it("parses the rendered timeline back into who said what", () => {
    expect(lines).toHaveLength(MESSY_SESSION.length);
    expect(lines.filter((l) => l.speaker === "participant")).toHaveLength(MESSY_SESSION.filter(([r]) => r === "participant").length);
    expect(picks.length).toBeGreaterThanOrEqual(8);
  });

  it("is repeatable for a seed and differs between seeds", () => {
    expect(messySignals(lines, picks, 4)).toEqual(messySignals(lines, picks, 4));
    expect(messySignals(lines, picks, 4)).not.toEqual(messySignals(lines, picks, 5));
  });

  it("over 200 seeds: every faithful variation is kept, every paraphrase, invention and incomplete signal dropped", () => {
    const seen = new Set<QuoteVariation>();
    for (let seed = 1; seed <= 200; seed++) {
      const answer = messySignals(lines, picks, seed);
      answer.forEach((a) => seen.add(a.variation));
      const out = validateExtraction({ signals: answer.map((a) => a.signal) }, timeline);
      const count = (kind: string) => answer.filter((a) => EXPECTED[a.variation] === kind).length;
      expect({ seed, kept: out.signals.length, ungrounded: out.dropped.ungrounded, invalid: out.dropped.invalid }).toEqual({
        seed,
        kept: count("kept"),
        ungrounded: count("ungrounded"),
        invalid: count("invalid"),
      });
      // a kept signal is where its line was said
      const keptLines = answer.filter((a) => EXPECTED[a.variation] === "kept").map((a) => picks[answer.indexOf(a)].lineIndex);
      expect(out.signals.map((s) => s.offsetMs)).toEqual(keptLines.map((i) => timeline[i].offsetMs));
    }
    expect([...seen].sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});
