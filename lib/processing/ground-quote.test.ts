// Direct checks of the grounding rules; the realistic cases are in grounding-fixtures.test.ts.
import { describe, expect, it } from "vitest";
import { groundQuote, normalizeForGrounding } from "./ground-quote";
import type { TimelineEntry } from "./timeline";

const entry = (
  offsetMs: number,
  speaker: TimelineEntry["speaker"],
  text: string,
  kind: TimelineEntry["kind"] = "message",
): TimelineEntry => ({ offsetMs, speaker, kind, text });

describe("normalizeForGrounding", () => {
  it("keeps letters, digits and marks, folds case, width, ligatures, Latin accents and ß, and maps back to the original", () => {
    expect(normalizeForGrounding("“It’s — ﬁne,” she said…").text).toBe("itsfineshesaid");
    expect(normalizeForGrounding("Crédito AÑO Straße").text).toBe("creditoanostrasse");
    expect(normalizeForGrounding("ＬＩＮＥで３０分、かかります。").text).toBe("lineで30分かかります");
    // Devanagari vowel signs are marks that carry meaning: kept
    expect(normalizeForGrounding("किताब").text).toBe("किताब");
    const n = normalizeForGrounding("a, b");
    expect([n.from, n.to]).toEqual([
      [0, 3],
      [1, 4],
    ]);
  });
});

describe("groundQuote", () => {
  const window = [
    entry(1_000, "interviewer", "What happened on Friday?"),
    entry(5_000, "participant", "The export failed again, so", "speech"),
    entry(6_000, "participant", "clicked button#retry on /exports", "action"),
    entry(10_000, "participant", "I rebuilt the whole report by hand.", "speech"),
    entry(15_000, "interviewer", "And then?"),
    entry(20_000, "participant", "Then I went home."),
  ];

  it("answers where the first part was said and how many lines the quote touches", () => {
    expect(groundQuote("so I rebuilt the whole report", window)).toEqual({
      quote: "so I rebuilt the whole report",
      offsetMs: 5_000,
      lines: 2,
    });
    expect(groundQuote("The export failed … by hand", window)).toEqual({ quote: "The export failed … by hand", offsetMs: 5_000, lines: 2 });
    expect(groundQuote("then i went home!", window)).toEqual({ quote: "Then I went home", offsetMs: 20_000, lines: 1 });
  });

  it("never joins across the interviewer, and never takes the interviewer's words or the participant's actions", () => {
    expect(groundQuote("by hand. Then I went home", window)).toBeNull();
    expect(groundQuote("report by hand … Then I went home", window)).toBeNull();
    expect(groundQuote("What happened on Friday", window)).toBeNull();
    expect(groundQuote("clicked button#retry", window)).toBeNull();
    expect(groundQuote("And then", window)).toBeNull();
  });

  it("refuses quotes with nothing to compare and windows without participant words", () => {
    expect(groundQuote("…", window)).toBeNull();
    expect(groundQuote("“ — ”", window)).toBeNull();
    expect(groundQuote("I", window)).toBeNull();
    expect(groundQuote("What happened", [window[0]])).toBeNull();
  });

  it("finds a later occurrence when an earlier one cannot be joined to the next part", () => {
    const repeated = [
      entry(1_000, "participant", "It broke."),
      entry(2_000, "interviewer", "When?"),
      entry(3_000, "participant", "It broke on Monday,"),
      entry(4_000, "participant", "and nobody noticed until Friday."),
    ];
    expect(groundQuote("It broke … nobody noticed", repeated)).toEqual({ quote: "It broke … nobody noticed", offsetMs: 3_000, lines: 2 });
  });
});
