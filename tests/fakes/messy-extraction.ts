// How a real model quotes: mostly faithfully but loosely (curly quotes, changed case or spacing,
// punctuation trimmed, "…" between two parts of an answer, one sentence over two transcript lines),
// and now and then not at all (a paraphrase, an invented line) or with a field left out. The fake
// analysis responder uses this in the "messy" behaviour; every variation is labelled, so tests know
// exactly which quotes the pipeline must keep and which it must drop. Seeded: the same request and
// seed give the same answer.
import { pick, seededRandom, seedOf, type Random } from "./seeded-random";

export type QuoteVariation =
  "exact" | "curly" | "whitespace" | "case" | "trimmed" | "ellipsis" | "two_lines" | "paraphrase" | "invented" | "missing_field";

/** What the pipeline must do with a variation: keep it, drop it as not the participant's words, or drop it as malformed. */
export const EXPECTED: Record<QuoteVariation, "kept" | "ungrounded" | "invalid"> = {
  exact: "kept",
  curly: "kept",
  whitespace: "kept",
  case: "kept",
  trimmed: "kept",
  ellipsis: "kept",
  two_lines: "kept",
  paraphrase: "ungrounded",
  invented: "ungrounded",
  missing_field: "invalid",
};

/** One line of a rendered timeline ("[mm:ss] Speaker: text"). */
export interface RenderedLine {
  speaker: "participant" | "interviewer" | "other";
  action: boolean;
  text: string;
}

export function parseRenderedTimeline(timeline: string): RenderedLine[] {
  return timeline.split("\n").flatMap((l) => {
    const m = /^\[\d+:\d+\] (Participant \(action\)|Participant \(spoken\)|Participant|Interviewer|System): (.+)$/.exec(l);
    if (!m) return [];
    const speaker = m[1].startsWith("Participant") ? "participant" : m[1] === "Interviewer" ? "interviewer" : "other";
    return [{ speaker, action: m[1] === "Participant (action)", text: m[2].trim() }];
  });
}

/** The next line the participant said or wrote with nobody else in between (their clicks do not count). */
function nextAdjacentLine(lines: RenderedLine[], index: number): RenderedLine | null {
  for (let i = index + 1; i < lines.length; i++) {
    if (lines[i].speaker !== "participant") return null;
    if (!lines[i].action) return lines[i];
  }
  return null;
}

const INVENTED = [
  "Honestly I would switch tomorrow if someone offered a simpler tool",
  "The whole dashboard feels like it was built for accountants, not for me",
  "I'd happily pay twice the price for something that just works",
  "Nobody on my team trusts the numbers anymore",
];

const THIRD_PERSON: [RegExp, string][] = [
  [/\bI'm\b/g, "she's"],
  [/\bI've\b/g, "she has"],
  [/\bI\b/g, "she"],
  [/\bmy\b/gi, "her"],
  [/\bme\b/gi, "her"],
  [/\bmyself\b/gi, "herself"],
];

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const trimPunctuation = (s: string) => s.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, "");

/** A model's rewording: first person turned into third, or a word left out of the middle. */
function paraphrase(quote: string): string | null {
  const third = THIRD_PERSON.reduce((s, [re, to]) => s.replace(re, to), quote);
  if (third !== quote) return third;
  const w = words(quote);
  return w.length >= 5 ? [...w.slice(0, 2), ...w.slice(3)].join(" ") : null;
}

function vary(variation: QuoteVariation, line: RenderedLine, lines: RenderedLine[], index: number, random: Random): string | null {
  const w = words(line.text);
  const base = w.slice(0, 14).join(" ");
  switch (variation) {
    case "exact":
    case "missing_field":
      return base;
    case "curly":
      return `“${base.replace(/'/g, "’")}”`;
    case "whitespace":
      return `  ${words(base).join(random() < 0.5 ? "  " : " \n")} `;
    case "case":
      return random() < 0.5 ? base.toLowerCase() : base.toUpperCase();
    case "trimmed":
      return trimPunctuation(base);
    case "ellipsis":
      return w.length >= 9 ? `${w.slice(0, 4).join(" ")} … ${trimPunctuation(w.slice(-4).join(" "))}` : null;
    case "two_lines": {
      const next = nextAdjacentLine(lines, index);
      return next ? `${w.slice(-4).join(" ")} ${trimPunctuation(words(next.text).slice(0, 4).join(" "))}` : null;
    }
    case "paraphrase":
      return paraphrase(trimPunctuation(base));
    case "invented": {
      const said = lines.map((l) => l.text.toLowerCase()).join("\n");
      return INVENTED.find((q) => !said.includes(q.toLowerCase().slice(0, 20))) ?? null;
    }
  }
}

const WEIGHTED: QuoteVariation[] = [
  ...Array<QuoteVariation>(3).fill("exact"),
  "curly",
  "curly",
  "whitespace",
  "case",
  "trimmed",
  "trimmed",
  "ellipsis",
  "ellipsis",
  "two_lines",
  "two_lines",
  "paraphrase",
  "invented",
  "missing_field",
];

export interface MessySignal {
  signal: Record<string, unknown>;
  variation: QuoteVariation;
}

/**
 * Rewrites the quotes of faithfully extracted signals the way a real model might. `picks` are the
 * signals with the index of the line they were cut from; a variation that does not fit the line
 * (too short for "…", no next line) falls back to the exact words.
 */
export function messySignals(
  lines: RenderedLine[],
  picks: { lineIndex: number; signal: Record<string, unknown> }[],
  seed: number,
): MessySignal[] {
  const random = seededRandom(seedOf(seed, ...lines.map((l) => l.text)));
  return picks.map(({ lineIndex, signal }) => {
    let variation = pick(random, WEIGHTED);
    let quote = vary(variation, lines[lineIndex], lines, lineIndex, random);
    if (quote === null) {
      variation = "exact";
      quote = vary("exact", lines[lineIndex], lines, lineIndex, random)!;
    }
    const out: Record<string, unknown> = { ...signal, quote };
    if (variation === "missing_field") delete out.topic;
    return { signal: out, variation };
  });
}
