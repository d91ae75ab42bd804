import { describe, expect, it } from "vitest";
import { createSentenceSplitter, MAX_PIECE_CHARS, splitSentences } from "./sentence-splitter";

/** Feeds the text a few characters at a time, as a model streams it, and collects every piece. */
function streamed(text: string, size = 3): { pieces: string[]; afterPush: number } {
  const splitter = createSentenceSplitter();
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(...splitter.push(text.slice(i, i + size)));
  const afterPush = pieces.length;
  pieces.push(...splitter.flush());
  return { pieces, afterPush };
}

describe("sentence splitter", () => {
  it("cuts English sentences as they complete, the first one before the reply has ended", () => {
    const { pieces, afterPush } = streamed("Thanks, that helps. What did you do next? Tell me more!");
    expect(pieces).toEqual(["Thanks, that helps.", "What did you do next?", "Tell me more!"]);
    // the last piece is only known to be complete at the end
    expect(afterPush).toBe(2);
  });

  it("starts speaking at a comma after six words, for the first piece only", () => {
    expect(splitSentences("That sounds like a really frustrating morning, and I'd love to hear more, if you have time.")).toEqual([
      "That sounds like a really frustrating morning,",
      "and I'd love to hear more, if you have time.",
    ]);
    // a comma after fewer words is not a clause worth speaking alone
    expect(splitSentences("Okay, so what happened then?")).toEqual(["Okay, so what happened then?"]);
  });

  it("keeps decimals, domains and ellipses whole, and closing quotes with their sentence", () => {
    expect(splitSentences('It costs 3.5 dollars on example.com... "Really?" she said. Fine.')).toEqual([
      "It costs 3.5 dollars on example.com...",
      '"Really?"',
      "she said.",
      "Fine.",
    ]);
  });

  it("cuts Japanese at 。 and ？ without spaces", () => {
    expect(streamed("ありがとうございます。どのくらいの頻度で使いますか？最後に一つだけ。", 2).pieces).toEqual([
      "ありがとうございます。",
      "どのくらいの頻度で使いますか？",
      "最後に一つだけ。",
    ]);
  });

  it("keeps Spanish ¿…? and ¡…! questions whole", () => {
    expect(splitSentences("¡Qué interesante! ¿Y qué hiciste después? Cuéntame.")).toEqual([
      "¡Qué interesante!",
      "¿Y qué hiciste después?",
      "Cuéntame.",
    ]);
  });

  it("cuts a run-on reply at a space before the length limit", () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(" ");
    const pieces = splitSentences(words);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    expect(pieces.join(" ")).toBe(words);
  });

  it("forgets what it had on reset (a retried reply starts over)", () => {
    const splitter = createSentenceSplitter();
    expect(splitter.push("Half a sent")).toEqual([]);
    splitter.reset();
    expect(splitter.push("New reply. ")).toEqual(["New reply."]);
    expect(splitter.flush()).toEqual([]);
  });
});
