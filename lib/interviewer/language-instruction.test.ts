// Issue #17: the interviewer speaks the session's language without breaking the prompt cache. The
// language block goes after the cache breakpoint, so the cached prefix is byte-identical for every
// language; this test measures the cached share of the system prompt for an English and a
// Spanish session (and a follow-up one) and checks the fake interviewer answers in the language asked for.
import { describe, expect, it } from "vitest";
import type { TextBlockParam } from "@anthropic-ai/sdk/resources/messages";
import type { ClaudeRequest } from "@/tests/fakes/fake-ai-server";
import { fakeInterviewerText } from "@/tests/fakes/fake-interviewer";
import { buildInterviewRequest, STABLE_SYSTEM_PROMPT } from "./prompt";

const transcript = [
  { role: "interviewer" as const, content: "Hola, ¿a qué te dedicas?" },
  { role: "participant" as const, content: "Llevo la contabilidad de nuestra tienda." },
];
const request = (language: string | null, task: "opening" | "reply" | "closing" = "reply") =>
  buildInterviewRequest({ task, phase: "rapport", phaseTurns: { rapport: 1 }, model: "m", transcript, language });

/** The system text up to and including the last block marked for caching. */
function cachedPrefix(system: TextBlockParam[]): string {
  const last = system.map((b) => !!b.cache_control).lastIndexOf(true);
  return system
    .slice(0, last + 1)
    .map((b) => b.text)
    .join("");
}
const total = (system: TextBlockParam[]) => system.map((b) => b.text).join("").length;

describe("the interviewer's language", () => {
  it("puts the language instruction after the cache breakpoint: the cached prefix is byte-identical for en, es and ja", () => {
    const en = request("en").system;
    const es = request("es").system;
    const ja = request("ja").system;
    expect(cachedPrefix(es)).toBe(cachedPrefix(en));
    expect(cachedPrefix(ja)).toBe(cachedPrefix(en));
    expect(cachedPrefix(en)).toBe(STABLE_SYSTEM_PROMPT);
    // English keeps today's prompt exactly (no language block)
    expect(en).toHaveLength(2);
    expect(es.at(-1)).toEqual({ type: "text", text: expect.stringContaining("conduct the whole interview in Spanish (es)") });
    expect(es.at(-1)?.cache_control).toBeUndefined();

    // the cached share: everything but the per-turn state and the language line is read from the cache
    const share = (s: TextBlockParam[]) => cachedPrefix(s).length / total(s);
    expect(share(en)).toBeGreaterThan(0.85);
    expect(share(es)).toBeGreaterThan(0.8);
    expect(share(en) - share(es)).toBeLessThan(0.06);
  });

  it("the fake interviewer answers in the language the prompt asks for", () => {
    const asFake = (r: ReturnType<typeof request>) =>
      ({ body: { model: r.model, max_tokens: r.max_tokens, system: r.system, messages: r.messages } }) as unknown as ClaudeRequest;
    expect(fakeInterviewerText(asFake(request("es", "opening")))).toMatch(/^Hola, gracias por participar/);
    expect(fakeInterviewerText(asFake(request("ja", "reply")))).toMatch(/[\u3040-\u30ff]/);
    expect(fakeInterviewerText(asFake(request("pt-BR", "closing")))).toMatch(/A entrevista terminou/);
    expect(fakeInterviewerText(asFake(request("en", "opening")))).toMatch(/^Hi, thanks for joining/);
  });
});
