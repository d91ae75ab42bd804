// What an extract step records about itself (ProcessingStep.output), and how the processing history
// reads it back: how many signals were kept, and how many were dropped and why. Small on purpose:
// it is also what Inngest keeps in step state.
import type { ValidatedExtraction } from "./signal-output";

// a type, not an interface, so that it is assignable to Prisma's JSON input type
export type ExtractionStepOutput = {
  signals: number;
  /** quotes not found in the participant's words */
  quotesDropped: number;
  /** signals missing a field or otherwise malformed */
  invalidDropped: number;
  dropExamples?: string[];
};

export function extractionStepOutput(result: ValidatedExtraction): ExtractionStepOutput {
  return {
    signals: result.signals.length,
    quotesDropped: result.dropped.ungrounded,
    invalidDropped: result.dropped.invalid,
    ...(result.dropped.examples.length ? { dropExamples: result.dropped.examples } : {}),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Readable facts for an extract step's output, or null when the output is something else. */
export function describeExtractionOutput(output: unknown): string[] | null {
  if (!output || typeof output !== "object" || !("quotesDropped" in output)) return null;
  const o = output as Partial<ExtractionStepOutput>;
  const facts = [`${plural(Number(o.signals ?? 0), "signal", "signals")} kept`];
  if (o.quotesDropped) facts.push(`${plural(o.quotesDropped, "quote", "quotes")} dropped (not found in the participant's words)`);
  if (o.invalidDropped) facts.push(`${plural(o.invalidDropped, "signal", "signals")} dropped (incomplete or malformed)`);
  return facts;
}
