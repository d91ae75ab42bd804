// The six signal types (product.md §1), written once: the list is the Prisma enum itself (in its
// declared order), and each type's words for people (dashboard, specs, pull requests) and its
// definition for the analysis model live here. A type added to the schema stops these Records from
// compiling until it has both, so no page, spec or prompt can miss it.
import { SignalType } from "@/generated/prisma/enums";

/** Every signal type, in the schema's order (filters, counts, the extraction schema). */
export const SIGNAL_TYPES = Object.values(SignalType) as [SignalType, ...SignalType[]];

/** How a type is named to people: chips, filters, charts, specs and pull request bodies. */
export const SIGNAL_TYPE_LABELS: Readonly<Record<SignalType, string>> = {
  firing_moment: "Firing moment",
  struggling_moment: "Struggling moment",
  workaround: "Workaround",
  emotional_response: "Emotional response",
  desired_outcome: "Desired outcome",
  hiring_criteria: "Hiring criteria",
};

/** What each type means, as the analysis model is told (lib/processing/prompts.ts). */
export const SIGNAL_TYPE_DEFINITIONS: Readonly<Record<SignalType, string>> = {
  firing_moment: `the event that made them start looking for a solution ("the day my accountant sent everything back").`,
  struggling_moment: "a moment where the current way fails them, with friction, delay, errors or confusion.",
  workaround: "what they do today to get around a problem (spreadsheets, copy-paste, manual steps, other tools).",
  emotional_response: "a strong feeling about the situation or the product (frustration, anxiety, relief, embarrassment).",
  desired_outcome: "what success would look like for them, in their words.",
  hiring_criteria: "what made (or would make) them choose a product.",
};
