// Finds a model's quote in the participant's own words. Models quote loosely: they swap straight
// and curly quotes, change case or spacing, drop the final period, join two parts of an answer
// with "…", or run one sentence over two transcript chunks. All of that is still the participant
// speaking; a paraphrase or an invented sentence is not. Pure, and script-agnostic: it compares
// letters, digits and marks only (no \b, no reliance on spaces), so Japanese or Thai work as well
// as English.
//
// Decision (ADR 011): what we store is the participant's exact text that matched, not the model's
// rewrite of it. The evidence that ends up in tasks and pull requests then reads as they said it
// (their punctuation and case), with " … " only where the model itself skipped words.
import { PII_PLACEHOLDER } from "@/lib/privacy/redact-pii";
import type { TimelineEntry } from "./timeline";

export interface GroundedQuote {
  /** the participant's own text that matched (parts joined by " … ") */
  quote: string;
  /** when the line holding the first part was said or written */
  offsetMs: number;
  /** how many participant lines the quote touches */
  lines: number;
}

/** Scripts written without spaces between words: any two adjacent characters may be a word edge. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** A base character with its combining marks, or stray marks at the start of a text. */
const CLUSTER = /\p{M}+|\P{M}\p{M}*/gu;
/** "…", "...", ". . .", and the bracketed "[…]" / "(...)" that mark skipped words. */
const ELLIPSIS = /[[(]?\s*\.(?:\s*\.)+\s*[\])]?/u;

interface Normalized {
  text: string;
  /** for each UTF-16 unit of `text`: the [start, end) of the original cluster it came from */
  from: number[];
  to: number[];
}

/**
 * Letters, digits and marks only, lower-cased, compatibility forms folded (full-width, ligatures,
 * "…" → "..."), accents dropped on Latin letters (a model writing "credito" for "crédito" is
 * still quoting), ß → ss. Everything else (spaces, punctuation, quote marks, dashes) is dropped,
 * which makes the comparison blind to typography and whitespace.
 */
export function normalizeForGrounding(original: string): Normalized {
  const out: Normalized = { text: "", from: [], to: [] };
  for (const m of original.matchAll(CLUSTER)) {
    let s = m[0].normalize("NFKC");
    if (/^\p{Script=Latin}/u.test(s)) s = s.normalize("NFKD").replace(/\p{M}/gu, "");
    s = s.toLowerCase().replace(/ß/g, "ss");
    for (const ch of s) {
      if (!WORD_CHAR.test(ch)) continue;
      out.text += ch;
      for (let k = 0; k < ch.length; k++) {
        out.from.push(m.index);
        out.to.push(m.index + m[0].length);
      }
    }
  }
  return out;
}

const lastChar = (s: string) => Array.from(s).at(-1) ?? "";
const firstChar = (s: string) => String.fromCodePoint(s.codePointAt(0) ?? 32);
const spacedWordChar = (ch: string) => WORD_CHAR.test(ch) && !UNSPACED.test(ch);
/** CJK punctuation and full-width forms, which are not followed by a space either */
const UNSPACED_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/u;
/** Whether two pieces of a stored quote join without a space (the script does not use them). */
const unspacedJoin = (left: string, right: string) =>
  [lastChar(left), firstChar(right)].some((ch) => UNSPACED.test(ch) || UNSPACED_PUNCTUATION.test(ch));

interface Line {
  text: string;
  offsetMs: number;
  /** lines with the same run were said without the interviewer (or the system) in between */
  run: number;
  norm: Normalized;
  /** where this line's normalized text starts in the window's stream */
  start: number;
}

/**
 * The participant's words in a window, in order. An interviewer (or system) entry ends a run of
 * consecutive lines; the participant's own actions (a click while talking) do not, because speech
 * is cut into chunks regardless of what the hands do.
 */
function participantLines(window: TimelineEntry[]): Line[] {
  const lines: Line[] = [];
  let run = 0;
  let start = 0;
  for (const e of window) {
    if (e.speaker !== "participant") {
      run++;
      continue;
    }
    if (e.kind === "action") continue;
    const norm = normalizeForGrounding(e.text);
    lines.push({ text: e.text, offsetMs: e.offsetMs, run, norm, start });
    start += norm.text.length;
  }
  return lines;
}

interface Span {
  /** [start, end) in the stream */
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
}

/**
 * Locates `quote` in the participant's lines of `window`. Each "…"-separated part must appear, in
 * order, in the same line as the previous part or in the next consecutive line; a part may run on
 * from one consecutive line into the next. A match must start and end on word edges (in scripts
 * that separate words), so "port it" is not found in "export it". Returns null when the quote is
 * not the participant's words.
 */
export function groundQuote(quote: string, window: TimelineEntry[]): GroundedQuote | null {
  return createGrounder(window)(quote);
}

/** groundQuote for many quotes of one window: the participant's lines are normalized once. */
export function createGrounder(window: TimelineEntry[]): (quote: string) => GroundedQuote | null {
  const lines = participantLines(window);
  const stream = lines.map((l) => l.norm.text).join("");
  const lineAt: number[] = lines.flatMap((l, i) => Array.from({ length: l.norm.text.length }, () => i));
  return (quote) => (lines.length ? locate(quote, lines, stream, lineAt) : null);
}

function locate(quote: string, lines: Line[], stream: string, lineAt: number[]): GroundedQuote | null {
  const parts = quote
    .normalize("NFKC")
    .split(ELLIPSIS)
    .map((p) => normalizeForGrounding(p).text)
    .filter(Boolean);
  if (parts.join("").length < 2) return null;

  const onWordEdges = (start: number, end: number) => {
    const first = lines[lineAt[start]];
    const last = lines[lineAt[end - 1]];
    const from = first.norm.from[start - first.start];
    const to = last.norm.to[end - 1 - last.start];
    const before = lastChar(first.text.slice(Math.max(0, from - 2), from));
    const after = to < last.text.length ? firstChar(last.text.slice(to)) : "";
    const head = firstChar(first.text.slice(from));
    const tail = lastChar(last.text.slice(0, to));
    return !(spacedWordChar(before) && spacedWordChar(head)) && !(spacedWordChar(after) && spacedWordChar(tail));
  };

  // depth-first over the occurrences of each part, so an early false start does not hide a match
  const place = (k: number, from: number, previous: Span | null): Span[] | null => {
    for (let at = stream.indexOf(parts[k], from); at >= 0; at = stream.indexOf(parts[k], at + 1)) {
      const span: Span = { start: at, end: at + parts[k].length, firstLine: lineAt[at], lastLine: lineAt[at + parts[k].length - 1] };
      // later occurrences are only further away from the previous part
      if (previous && span.firstLine > previous.lastLine + 1) return null;
      const run = lines[span.firstLine].run;
      if (lines[span.lastLine].run !== run) continue;
      if (previous && lines[previous.lastLine].run !== run) continue;
      if (!onWordEdges(span.start, span.end)) continue;
      if (k === parts.length - 1) return [span];
      const rest = place(k + 1, span.end, span);
      if (rest) return [span, ...rest];
    }
    return null;
  };

  const found = place(0, 0, null);
  if (!found) return null;
  // parts with nothing but punctuation between them (the participant's own "...") are one span
  const spans = found.reduce<Span[]>((merged, s) => {
    const last = merged.at(-1);
    if (last && last.end === s.start) merged[merged.length - 1] = { ...last, end: s.end, lastLine: s.lastLine };
    else merged.push(s);
    return merged;
  }, []);
  return {
    quote: spans.map((s) => originalText(lines, s)).reduce((joined, piece) => joined + (unspacedJoin(joined, piece) ? "…" : " … ") + piece),
    offsetMs: lines[spans[0].firstLine].offsetMs,
    lines: spans.at(-1)!.lastLine - spans[0].firstLine + 1,
  };
}

const PLACEHOLDERS = Object.values(PII_PLACEHOLDER);

/**
 * Lines are redacted (ADR 015) and only letters are compared, so a span can end at "[email" or
 * start at "phone]": keep a placeholder the span cuts whole, brackets included.
 */
function widenToPlaceholders(text: string, from: number, to: number): [number, number] {
  for (const p of PLACEHOLDERS) {
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) {
      if (at < from && from < at + p.length) from = at;
      if (at < to && to < at + p.length) to = at + p.length;
    }
  }
  return [from, to];
}

/** The participant's text under a span; a span running over lines keeps each line's own ending. */
function originalText(lines: Line[], span: Span): string {
  const pieces: string[] = [];
  for (let i = span.firstLine; i <= span.lastLine; i++) {
    const line = lines[i];
    const from = i === span.firstLine ? line.norm.from[span.start - line.start] : 0;
    const to = i === span.lastLine ? line.norm.to[span.end - 1 - line.start] : line.text.length;
    const [wideFrom, wideTo] = widenToPlaceholders(line.text, from, to);
    pieces.push(line.text.slice(wideFrom, wideTo).trim());
  }
  return pieces.reduce((joined, piece) => joined + (unspacedJoin(joined, piece) ? "" : " ") + piece);
}
