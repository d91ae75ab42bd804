// The grounding target on realistic model answers (tests/fixtures/grounding): every quote that is
// the participant's words is kept, with their exact words and the moment of the line it starts in;
// every paraphrased, invented or misattributed quote is dropped and counted; malformed signals are
// dropped as invalid. 100 %, in English, Spanish, German and Japanese.
import { describe, expect, it } from "vitest";
import type { GroundingFixture } from "@/tests/fixtures/grounding/build";
import { english } from "@/tests/fixtures/grounding/english";
import { german, japanese, spanish } from "@/tests/fixtures/grounding/other-languages";
import { validateExtraction } from "./signal-output";

const fixtures: GroundingFixture[] = [...english, ...spanish, ...german, ...japanese];

describe("grounding fixtures", () => {
  it("cover at least 40 realistic answers, every variation and four languages", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fixtures.map((f) => f.language))).toEqual(new Set(["en", "es", "de", "ja"]));
    const reasons = new Set(
      fixtures.flatMap((f) => f.expected.flatMap((e) => ("reject" in e ? [e.reject] : "invalid" in e ? ["invalid"] : []))),
    );
    expect([...reasons].sort()).toEqual([
      "action",
      "interviewer",
      "invalid",
      "invented",
      "not_adjacent",
      "other_words",
      "out_of_order",
      "paraphrase",
      "partial_word",
    ]);
    expect(new Set(fixtures.map((f) => f.name)).size).toBe(fixtures.length);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const out = validateExtraction(f.reply, f.timeline);
    const kept = f.expected.flatMap((e) => ("keep" in e ? [{ quote: e.keep, offsetMs: f.timeline[e.line].offsetMs }] : []));
    expect(out.signals.map((s) => ({ quote: s.quote, offsetMs: s.offsetMs }))).toEqual(kept);
    expect(out.dropped.ungrounded).toBe(f.expected.filter((e) => "reject" in e).length);
    expect(out.dropped.invalid).toBe(f.expected.filter((e) => "invalid" in e).length);
  });

  it("keeps 100 % of grounded quotes and rejects 100 % of the rest, over the whole set", () => {
    let keptRight = 0;
    let rejectedRight = 0;
    for (const f of fixtures) {
      const out = validateExtraction(f.reply, f.timeline);
      const stored = new Set(out.signals.map((s) => `${s.offsetMs}|${s.quote}`));
      keptRight += f.expected.filter((e) => "keep" in e && stored.has(`${f.timeline[e.line].offsetMs}|${e.keep}`)).length;
      rejectedRight += Math.min(out.dropped.ungrounded, f.expected.filter((e) => "reject" in e).length);
    }
    const grounded = fixtures.flatMap((f) => f.expected.filter((e) => "keep" in e)).length;
    const ungrounded = fixtures.flatMap((f) => f.expected.filter((e) => "reject" in e)).length;
    expect(grounded).toBeGreaterThanOrEqual(80);
    expect(ungrounded).toBeGreaterThanOrEqual(30);
    expect({ kept: keptRight / grounded, rejected: rejectedRight / ungrounded }).toEqual({ kept: 1, rejected: 1 });
  });
});
