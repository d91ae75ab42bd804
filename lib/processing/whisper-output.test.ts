import { describe, expect, it } from "vitest";
import { whisperLanguage } from "./whisper-language";
import { keepWhisperText } from "./whisper-output";

describe("keepWhisperText", () => {
  it("keeps real speech as it is (whitespace tidied)", () => {
    expect(keepWhisperText("  I export invoices\n every Friday. Thank you. ", { nearSilent: false })).toEqual({
      text: "I export invoices every Friday. Thank you.",
    });
  });

  it("empty text, or only punctuation, is no speech", () => {
    expect(keepWhisperText("", { nearSilent: false })).toEqual({ skip: "no_speech", detail: "empty text" });
    expect(keepWhisperText(" ... ", { nearSilent: false })).toMatchObject({ skip: "no_speech" });
  });

  it("discards a transcript made only of known hallucination phrases, however loud the span", () => {
    for (const text of [
      "Thank you for watching.",
      "Thanks for watching!",
      "Subtitles by the Amara.org community",
      "you",
      " You ",
      "[Music]",
      "Thank you. Bye.",
    ]) {
      expect(keepWhisperText(text, { nearSilent: false }), text).toMatchObject({ skip: "hallucination" });
    }
  });

  it("on a near-silent span, removes the phrases from longer text too; on a loud one, keeps them", () => {
    const text = "I gave up on the export. Thanks for watching!";
    expect(keepWhisperText(text, { nearSilent: true })).toEqual({ text: "I gave up on the export." });
    expect(keepWhisperText(text, { nearSilent: false })).toEqual({ text });
  });
});

describe("whisperLanguage", () => {
  it("passes codes Whisper knows, maps the browser's other names for them, and drops the rest", () => {
    expect(whisperLanguage("en")).toBe("en");
    expect(whisperLanguage("pt")).toBe("pt");
    expect(whisperLanguage("nb")).toBe("no");
    expect(whisperLanguage("fil")).toBe("tl");
    expect(whisperLanguage("tlh")).toBeUndefined();
    expect(whisperLanguage(null)).toBeUndefined();
  });
});
