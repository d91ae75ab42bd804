// What the model must return when judging a follow-up interview, and how it is checked. The answer
// as a whole must be usable — every item matching the schema, every criterionIndex one of the
// criteria, no criterion judged twice — else InvalidModelOutputError fails the step and it is
// retried like the other extraction steps. Within a usable answer:
// - a quote that is not the participant's own words (lib/processing/ground-quote.ts), or a verdict
//   other than not_tried with no quote at all, loses its quote; the verdict is kept, but its
//   confidence is halved and capped below MIN_CONFIDENCE, so the panel shows it while the overall
//   rule (overall-verdict.ts) does not count it: no "verified fixed" rests on words nobody said;
// - a criterion the model skipped is recorded as not_tried with confidence 0 (nothing was said).
import { z } from "zod";
import { CriterionVerdict } from "@/generated/prisma/enums";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import { createGrounder } from "@/lib/processing/ground-quote";
import type { TimelineEntry } from "@/lib/processing/timeline";
import { MIN_CONFIDENCE } from "./overall-verdict";

export const CRITERION_VERDICTS = Object.values(CriterionVerdict) as [CriterionVerdict, ...CriterionVerdict[]];

export const verdictItemSchema = z
  .object({
    criterionIndex: z.number().int().min(0),
    verdict: z.enum(CRITERION_VERDICTS),
    quote: z.string().trim().max(1000).nullable().default(null),
    confidence: z.number().min(0).max(1),
  })
  .strict();

export const verdictOutputSchema = z.object({ verdicts: z.array(verdictItemSchema).max(50) }).strict();

/** Confidence of a verdict whose evidence could not be found in the participant's words. */
export const unsupportedConfidence = (confidence: number) => Math.min(confidence / 2, Math.round((MIN_CONFIDENCE - 0.1) * 100) / 100);

export interface ValidatedVerdict {
  criterionIndex: number;
  criterion: string;
  verdict: CriterionVerdict;
  quote: string | null;
  offsetMs: number | null;
  confidence: number;
}

export interface ValidatedVerdicts {
  verdicts: ValidatedVerdict[];
  /** verdicts whose quote was dropped (not the participant's words, or missing) */
  quotesDropped: number;
  /** criteria the model did not judge, recorded as not_tried */
  skipped: number;
}

export function validateVerdicts(raw: unknown, criteria: readonly string[], timeline: TimelineEntry[]): ValidatedVerdicts {
  const parsed = verdictOutputSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "output"}: ${i.message}`);
    throw new InvalidModelOutputError(`Verdict output does not match the schema (${issues.join("; ")})`);
  }
  const byIndex = new Map<number, z.infer<typeof verdictItemSchema>>();
  for (const item of parsed.data.verdicts) {
    if (item.criterionIndex >= criteria.length)
      throw new InvalidModelOutputError(`Verdict for criterion ${item.criterionIndex}, but there are only ${criteria.length} criteria`);
    if (byIndex.has(item.criterionIndex)) throw new InvalidModelOutputError(`Criterion ${item.criterionIndex} was judged twice`);
    byIndex.set(item.criterionIndex, item);
  }
  const ground = createGrounder(timeline);
  let quotesDropped = 0;
  let skipped = 0;
  const verdicts = criteria.map((criterion, criterionIndex): ValidatedVerdict => {
    const item = byIndex.get(criterionIndex);
    if (!item) {
      skipped++;
      return { criterionIndex, criterion, verdict: "not_tried", quote: null, offsetMs: null, confidence: 0 };
    }
    const grounded = item.quote ? ground(item.quote) : null;
    if (grounded)
      return {
        criterionIndex,
        criterion,
        verdict: item.verdict,
        quote: grounded.quote,
        offsetMs: grounded.offsetMs,
        confidence: item.confidence,
      };
    // not_tried needs no evidence; any other verdict without the participant's words is kept, unsupported
    if (item.verdict === "not_tried" && !item.quote)
      return { criterionIndex, criterion, verdict: "not_tried", quote: null, offsetMs: null, confidence: item.confidence };
    quotesDropped++;
    return {
      criterionIndex,
      criterion,
      verdict: item.verdict,
      quote: null,
      offsetMs: null,
      confidence: item.verdict === "not_tried" ? item.confidence : unsupportedConfidence(item.confidence),
    };
  });
  return { verdicts, quotesDropped, skipped };
}
