// The signal types are written once (lib/signals/signal-types.ts, from the Prisma enum) and every
// reader follows them: the API filter, the extraction schema and prompt, the spec's evidence lines.
import { describe, expect, it } from "vitest";
import { SignalType } from "@/generated/prisma/enums";
import { evidenceLine } from "@/lib/implementations/render-spec";
import { EXTRACTION_SYSTEM_PROMPT } from "@/lib/processing/prompts";
import { extractedSignalSchema } from "@/lib/processing/signal-output";
import { listSignalsQuery } from "./schemas";
import { SIGNAL_TYPE_DEFINITIONS, SIGNAL_TYPE_LABELS, SIGNAL_TYPES } from "./signal-types";

const signal = { quote: "my accountant sent it all back", topic: "Invoices rejected", confidence: 0.9, intensity: 0.8 };

describe("signal types", () => {
  it("are the Prisma enum's values, in the schema's order, each with a label and a definition", () => {
    expect(SIGNAL_TYPES).toEqual(Object.values(SignalType));
    expect(SIGNAL_TYPES).toEqual([
      "firing_moment",
      "struggling_moment",
      "workaround",
      "emotional_response",
      "desired_outcome",
      "hiring_criteria",
    ]);
    for (const t of SIGNAL_TYPES) {
      expect(SIGNAL_TYPE_LABELS[t]).toMatch(/^[A-Z][a-z]+( [a-z]+)?$/);
      expect(SIGNAL_TYPE_DEFINITIONS[t].length).toBeGreaterThan(20);
    }
  });

  it("the extraction prompt lists every type with its definition, one line each, in order", () => {
    const lines = EXTRACTION_SYSTEM_PROMPT.split("\n").filter((l) => /^- [a-z_]+: /.test(l));
    expect(lines).toEqual(SIGNAL_TYPES.map((t) => `- ${t}: ${SIGNAL_TYPE_DEFINITIONS[t]}`));
    expect(EXTRACTION_SYSTEM_PROMPT).toContain(
      `- firing_moment: the event that made them start looking for a solution ("the day my accountant sent everything back").`,
    );
  });

  it("the model's answer and the API filter accept exactly these types", () => {
    for (const type of SIGNAL_TYPES) {
      expect(extractedSignalSchema.safeParse({ ...signal, type }).success).toBe(true);
      expect(listSignalsQuery.safeParse({ type }).success).toBe(true);
    }
    expect(extractedSignalSchema.safeParse({ ...signal, type: "aha_moment" }).success).toBe(false);
    expect(listSignalsQuery.safeParse({ type: "aha_moment" }).success).toBe(false);
  });

  it("a spec's evidence line names the type with its label", () => {
    const link = "http://localhost:3000/projects/p/sessions/x?t=0";
    const quote = {
      signalId: "s1",
      quote: "I was so embarrassed",
      topic: null,
      participant: "Participant 1",
      sessionId: "x",
      offsetMs: 0,
      link,
      strength: 1,
    };
    expect(evidenceLine({ ...quote, type: "emotional_response" })).toBe(
      `- **Emotional response** — “I was so embarrassed” — Participant 1 · [session moment](${link})`,
    );
    expect(evidenceLine({ ...quote, type: "hiring_criteria" })).toMatch(/^- \*\*Hiring criteria\*\* — /);
  });
});
