import { describe, expect, it } from "vitest";
import { neutralizeGithubReferences } from "./neutralize-github-references";

// GitHub's own patterns for what it links, closes or notifies (the subset that can appear in speech)
const closing = /\b(close[sd]?|fix(e[sd])?|resolve[sd]?)\s*:?\s+(#\d+|[\w.-]+\/[\w.-]+#\d+|https?:\/\/\S+\/issues\/\d+)/i;
const mention = /(^|[^\w`])@[A-Za-z0-9][\w-]*/;
const reference = /(^|\W)(#\d+|GH-\d+|[\w.-]+\/[\w.-]+#\d+)\b/i;

describe("neutralizeGithubReferences", () => {
  const quotes = [
    "honestly this closes #1 for me",
    "Fixes #42 — that's what I'd call it",
    "I asked @octocat and @acme/support about it",
    "it's like GH-7 all over again",
    "same as acme/app#3",
    "resolves https://github.com/acme/app/issues/9 I guess",
  ];
  it("leaves nothing GitHub would close, mention or link", () => {
    for (const q of quotes) {
      const out = neutralizeGithubReferences(q);
      expect(out, q).not.toMatch(closing);
      expect(out, q).not.toMatch(mention);
      expect(out, q).not.toMatch(reference);
      // the words read the same once the invisible joiners are removed
      expect(out.replaceAll("\u2060", "")).toBe(q);
    }
  });
  it("keeps ordinary text as it is", () => {
    expect(neutralizeGithubReferences("I export invoices every Friday at 5 pm; it's 100% manual.")).toBe(
      "I export invoices every Friday at 5 pm; it's 100% manual.",
    );
  });
});

describe("pull-request text built from evidence", () => {
  it("the evidence line, the spec and the PR title carry no live references", async () => {
    const { evidenceLine } = await import("./render-spec");
    const { prTitleFor } = await import("./naming");
    const line = evidenceLine({
      signalId: "s1",
      type: "struggling_moment",
      quote: "this closes #1 and @octocat knows",
      topic: null,
      participant: "Participant 1",
      sessionId: "x",
      offsetMs: 0,
      link: "http://localhost:3000/projects/p/sessions/x?t=0",
      strength: 1,
    });
    expect(line).not.toMatch(closing);
    expect(line).not.toMatch(mention);
    // our own link stays a working link
    expect(line).toContain("(http://localhost:3000/projects/p/sessions/x?t=0)");
    expect(prTitleFor({ title: "Exports like #12 for @team", type: "bug" })).not.toMatch(reference);
  });
});
