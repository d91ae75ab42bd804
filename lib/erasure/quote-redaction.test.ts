import { describe, expect, it } from "vitest";
import { evidenceLine } from "@/lib/implementations/render-spec";
import { quotesIn, REMOVED_QUOTE, redactQuotes } from "./quote-redaction";

const quote = "call me on +44 7700 900123 when the\n export fails, see #12 and @ana";

describe("redactQuotes", () => {
  it("finds a quote in the form the spec renderer pushed it (redacted, one line, references neutralized) and raw", () => {
    const line = evidenceLine({
      signalId: "s1",
      type: "struggling_moment",
      quote,
      topic: null,
      participant: "Participant 1",
      sessionId: "x",
      offsetMs: null,
      link: "http://localhost/x",
      strength: 1,
    });
    const doc = `${line}\n- [ ] Criterion: ${quote.replace(/\s+/g, " ")}\n_(from “${line.split("“")[1].split("”")[0].slice(0, 80)}”)_`;
    expect(quotesIn(doc, [quote])).toBe(true);
    const out = redactQuotes(doc, [quote]);
    expect(out.count).toBe(3);
    expect(out.text).not.toMatch(/7700|export fails/);
    expect(out.text).toContain(`— ${REMOVED_QUOTE} — Participant 1`);
  });

  it("leaves other text alone, and a short quote only where it is cited", () => {
    expect(redactQuotes("Yes. I said yes to “Yes”.", ["Yes"]).text).toBe(`Yes. I said yes to ${REMOVED_QUOTE}.`);
    expect(redactQuotes("nothing here", [quote])).toEqual({ text: "nothing here", count: 0 });
  });
});
