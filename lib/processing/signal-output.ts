// What the model must return when extracting signals, and how it is checked: schema-valid, and
// every quote is the participant's own words (found in what they wrote or said in that window).
import { z } from "zod";
import type { SignalType } from "@/generated/prisma/client";
import { InvalidModelOutputError } from "@/lib/ai/retry";
import type { TimelineEntry } from "./timeline";

export const SIGNAL_TYPES = [
  "firing_moment",
  "struggling_moment",
  "workaround",
  "emotional_response",
  "desired_outcome",
  "hiring_criteria",
] as const satisfies readonly SignalType[];

export const extractedSignalSchema = z.object({
  type: z.enum(SIGNAL_TYPES),
  quote: z.string().trim().min(3).max(1000),
  topic: z.string().trim().min(3).max(120),
  context: z.string().trim().max(1000).default(""),
  analysis: z.string().trim().max(1500).default(""),
  confidence: z.number().min(0).max(1),
  intensity: z.number().min(0).max(1),
});

export const extractionOutputSchema = z.object({ signals: z.array(extractedSignalSchema).max(60) }).strict();

export type ExtractedSignal = z.infer<typeof extractedSignalSchema> & { offsetMs: number };

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Validates raw model output for one window and places each signal at the moment its quote was
 * said. Throws InvalidModelOutputError for anything off: a bad shape, or a quote that is not the
 * participant's own words (so a bad answer fails the step instead of silently losing evidence).
 */
export function validateExtraction(raw: unknown, window: TimelineEntry[]): ExtractedSignal[] {
  const parsed = extractionOutputSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "output"}: ${i.message}`);
    throw new InvalidModelOutputError(`Signal extraction output does not match the schema (${issues.join("; ")})`);
  }
  const participantLines = window.filter((e) => e.speaker === "participant" && e.kind !== "action").map((e) => ({ offsetMs: e.offsetMs, text: normalize(e.text) }));
  return parsed.data.signals.map((signal, i) => {
    const quote = normalize(signal.quote);
    const line = participantLines.find((l) => l.text.includes(quote));
    if (!line) throw new InvalidModelOutputError(`Signal ${i + 1}'s quote is not the participant's words: "${signal.quote.slice(0, 80)}"`);
    return { ...signal, offsetMs: line.offsetMs };
  });
}
