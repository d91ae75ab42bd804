// Cuts the interviewer's streamed reply into pieces that can be spoken one after another, so the
// first one is synthesised (and heard) while the model is still writing the rest (voice-contract.md):
// a piece ends after ., !, ?, ;, … when whitespace follows (so "3.5" and "example.com" stay whole),
// at once after the full-width 。！？；, and — for the first piece only, to start speaking sooner —
// after a comma that follows at least 6 words. Closing quotes and brackets stay with their sentence.
// Spanish ¿…? and ¡…! need nothing special: the opening mark simply starts the next piece. Pure.

const ASCII_ENDS = new Set([".", "!", "?", ";", "…"]);
const FULL_WIDTH_ENDS = new Set(["。", "！", "？", "；"]);
const COMMAS = new Set([",", "，", "、"]);
const CLOSERS = new Set(['"', "'", ")", "]", "”", "’", "»", "」", "』", "】", "）"]);
/** A piece is never longer than this: a run-on reply is cut at its last space before it. */
export const MAX_PIECE_CHARS = 400;
/** Scripts written without spaces (CJK, Thai): two characters count as a word for the comma rule. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  const dense = [...text].filter((c) => NO_SPACE_SCRIPT.test(c)).length;
  return words + Math.floor(dense / 2);
}

/** Where the first complete piece of `text` ends (an index after its last character), or -1. */
export function pieceEnd(text: string, opts: { first: boolean }): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const fullWidth = FULL_WIDTH_ENDS.has(c);
    const comma = opts.first && COMMAS.has(c);
    if (!fullWidth && !ASCII_ENDS.has(c) && !comma) continue;
    let j = i + 1;
    while (j < text.length && (CLOSERS.has(text[j]) || (ASCII_ENDS.has(text[j]) && !comma))) j++;
    if (j >= text.length) break; // what follows decides (a decimal point, a closing quote): wait for it
    if (comma && wordCount(text.slice(0, i)) < 6) continue;
    if (fullWidth || c === "，" || c === "、" || /\s/.test(text[j])) return j;
  }
  if (text.length > MAX_PIECE_CHARS) {
    const space = text.lastIndexOf(" ", MAX_PIECE_CHARS);
    return space > 0 ? space : MAX_PIECE_CHARS;
  }
  return -1;
}

export interface SentenceSplitter {
  /** adds streamed text; returns the pieces it completed, in order */
  push(delta: string): string[];
  /** the rest once the reply is complete (empty when nothing is left) */
  flush(): string[];
  /** a retry starts over: forget the text received so far */
  reset(): void;
}

export function createSentenceSplitter(): SentenceSplitter {
  let buffer = "";
  let emitted = 0;
  const take = (): string[] => {
    const out: string[] = [];
    for (;;) {
      const end = pieceEnd(buffer, { first: emitted === 0 });
      if (end < 0) return out;
      const piece = buffer.slice(0, end).trim();
      buffer = buffer.slice(end).replace(/^\s+/, "");
      if (piece) {
        out.push(piece);
        emitted++;
      }
    }
  };
  return {
    push(delta) {
      buffer += delta;
      return take();
    },
    flush() {
      const out = take();
      const rest = buffer.trim();
      buffer = "";
      if (rest) out.push(rest);
      return out;
    },
    reset() {
      buffer = "";
      emitted = 0;
    },
  };
}

/** A whole text's pieces (a stored reply spoken again on a retried turn, a prompt). */
export function splitSentences(text: string): string[] {
  const splitter = createSentenceSplitter();
  return [...splitter.push(text), ...splitter.flush()];
}
