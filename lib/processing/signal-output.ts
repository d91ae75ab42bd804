// What the model must return when extracting signals, and how it is checked: a usable answer, and
// signals kept only when they are complete and their quote is the participant's own words.
import { z } from "zod";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import { SIGNAL_TYPES } from "@/lib/signals/signal-types";
import { createGrounder } from "./ground-quote";
import type { TimelineEntry } from "./timeline";

export const extractedSignalSchema = z.object({
  type: z.enum(SIGNAL_TYPES),
  quote: z.string().trim().min(3).max(1000),
  topic: z.string().trim().min(3).max(120),
  context: z.string().trim().max(1000).default(""),
  analysis: z.string().trim().max(1500).default(""),
  confidence: z.number().min(0).max(1),
  intensity: z.number().min(0).max(1),
  /** the quote in the research language, asked for when the session's language differs (issue #17) */
  translation: z.string().trim().max(2000).nullish(),
});

const MAX_SIGNALS = 60;

export const extractionOutputSchema = z.object({ signals: z.array(extractedSignalSchema).max(MAX_SIGNALS) }).strict();

export type ExtractedSignal = z.infer<typeof extractedSignalSchema> & { offsetMs: number };

export interface ValidateOptions {
  /** the session's language differs from the research language: every kept signal needs a translation */
  translate?: boolean;
}

/** Signals the window's answer held but that were not kept, and why. */
export interface DroppedSignals {
  /** the quote is not the participant's words (paraphrased, invented, someone else's) */
  ungrounded: number;
  /** the signal itself is unusable (a missing field, a wrong type, beyond the limit) */
  invalid: number;
  /** a few short reasons, for the processing history */
  examples: string[];
}

export interface ValidatedExtraction {
  signals: ExtractedSignal[];
  dropped: DroppedSignals;
}

/** What an answer must be as a whole to be usable at all; the signals are checked one by one. */
const envelopeSchema = z.object({ signals: z.array(z.unknown()) });
const MAX_EXAMPLES = 3;

/**
 * Validates raw model output for one window. The answer as a whole must be usable (an object with
 * a signals list), else InvalidModelOutputError fails the window so it is retried. Within it, each
 * signal stands alone: one that is malformed, or whose quote cannot be found in the participant's
 * own words (lib/processing/ground-quote.ts), is dropped and counted, never stored. Kept signals
 * carry the participant's exact words and the moment they were said.
 */
export function validateExtraction(raw: unknown, window: TimelineEntry[], options: ValidateOptions = {}): ValidatedExtraction {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issues = envelope.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "output"}: ${i.message}`);
    throw new InvalidModelOutputError(`Signal extraction output does not match the schema (${issues.join("; ")})`);
  }
  const dropped: DroppedSignals = { ungrounded: 0, invalid: 0, examples: [] };
  const note = (reason: string) => {
    if (dropped.examples.length < MAX_EXAMPLES) dropped.examples.push(reason.length > 160 ? `${reason.slice(0, 157)}…` : reason);
  };
  const signals: ExtractedSignal[] = [];
  const ground = createGrounder(window);
  for (const [i, item] of envelope.data.signals.entries()) {
    if (i >= MAX_SIGNALS) {
      dropped.invalid++;
      note(`signal ${i + 1}: more than ${MAX_SIGNALS} signals in one window`);
      continue;
    }
    const parsed = extractedSignalSchema.safeParse(item);
    if (!parsed.success) {
      dropped.invalid++;
      const issue = parsed.error.issues[0];
      note(`signal ${i + 1}: ${issue?.path.join(".") || "signal"}: ${issue?.message ?? "invalid"}`);
      continue;
    }
    const grounded = ground(parsed.data.quote);
    if (!grounded) {
      dropped.ungrounded++;
      note(`"${parsed.data.quote.slice(0, 100)}" is not in the participant's words`);
      continue;
    }
    // a quote in the original language is still evidence without its translation: kept, noted
    const translation = options.translate ? parsed.data.translation || null : null;
    if (options.translate && !translation) note(`signal ${i + 1}: no translation of the quote`);
    signals.push({ ...parsed.data, quote: grounded.quote, offsetMs: grounded.offsetMs, translation });
  }
  return { signals, dropped };
}
