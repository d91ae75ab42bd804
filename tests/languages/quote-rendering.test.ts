// Issue #17: the verbatim quote first, with its language and dir="auto" (an Arabic quote renders
// right-to-left inside the left-to-right dashboard), then its labelled translation — on signal
// cards and task evidence, and in specs and pull-request bodies (quote + "(translation: …)").
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceList } from "@/components/tasks/evidence-list";
import { QuoteTranslation, quoteAttributes } from "@/components/languages/quote-translation";
import { renderPrBody, renderSpec } from "@/lib/implementations/render-spec";
import type { EvidenceQuote, TaskEvidence } from "@/lib/implementations/task-evidence";

const ARABIC = "التصدير يفشل كل شهر";
const SPANISH = "Odio exportar las facturas a mano";

describe("quotes with translations in the dashboard", () => {
  it("quote element: lang and dir=auto (an Arabic quote renders right-to-left), then the labelled translation", () => {
    // the same two pieces the signal cards, task evidence and session page use
    const html = renderToStaticMarkup(
      createElement(
        "div",
        null,
        createElement("blockquote", quoteAttributes("ar"), `“${ARABIC}”`),
        createElement(QuoteTranslation, { translation: "the export fails every month", language: "ar" }),
        createElement(QuoteTranslation, { translation: null, language: "en" }),
      ),
    );
    expect(html).toContain(`<blockquote lang="ar" dir="auto">“${ARABIC}”</blockquote>`);
    expect(html).toContain('Translation from Arabic:</span> <span dir="auto">the export fails every month</span>');
    expect(html.indexOf(ARABIC)).toBeLessThan(html.indexOf("the export fails every month"));
    // no translation, no line
    expect(html.match(/data-testid="quote-translation"/g)).toHaveLength(1);
    expect(quoteAttributes(null)).toEqual({ dir: "auto" });
  });

  it("task evidence shows the Spanish original and its English translation", () => {
    const html = renderToStaticMarkup(
      createElement(EvidenceList, {
        projectId: "p",
        evidence: [
          {
            id: "sig_es",
            type: "workaround",
            quote: SPANISH,
            language: "es",
            translation: "I hate exporting the invoices by hand",
            context: null,
            intensity: 0.6,
            confidence: 0.9,
            offsetMs: null,
            createdAt: new Date(),
            session: { id: "ses_1", participantName: "Ana", participantEmail: null },
          },
        ],
      }),
    );
    expect(html).toMatch(/<blockquote lang="es" dir="auto"/);
    expect(html).toContain("Translation from Spanish:");
    expect(html).toContain("I hate exporting the invoices by hand");
  });
});

describe("quotes with translations in specs and pull requests", () => {
  const quote: EvidenceQuote = {
    signalId: "sig_1",
    type: "struggling_moment",
    quote: SPANISH,
    translation: "I hate exporting the invoices by hand",
    topic: "Manual export",
    participant: "Participant 1",
    sessionId: "ses_1",
    offsetMs: 12_000,
    link: "http://localhost:3000/projects/p/sessions/ses_1?t=12",
    strength: 0.8,
  };
  const evidence: TaskEvidence = {
    task: {
      id: "t",
      projectId: "p",
      title: "Export",
      description: "Export",
      type: "feature",
      status: "backlog",
      priorityScore: 50,
      priorityLabel: "medium",
    },
    quotes: [quote],
    criteriaSources: [quote],
    sessionCount: 1,
    participantCount: 1,
    signalCount: 1,
  };

  it("renders the verbatim quote followed by (translation: …)", () => {
    const spec = renderSpec({
      evidence,
      output: { objective: "Export without manual steps.", acceptanceCriteria: [], constraints: [], relevantFiles: [] },
      repository: null,
      measurement: { windowDays: 14, minSessions: 3 },
    });
    const body = renderPrBody({ evidence, spec, specPath: "docs/usertests/t.md", taskUrl: "http://localhost:3000/t" });
    for (const text of [spec, body]) expect(text).toContain(`“${SPANISH}” (translation: I hate exporting the invoices by hand)`);
  });
});

describe("the interview room's messages", () => {
  it("carry the interview's language and dir=auto (an Arabic message reads right-to-left)", async () => {
    const { ChatLog } = await import("@/components/interview/chat-log");
    const { ParticipantIntl, participantIntl } = await import("@/lib/i18n/participant-intl");
    // the room's own words come from the page's catalogue (participant pages sit inside this provider)
    const html = renderToStaticMarkup(
      createElement(
        ParticipantIntl,
        { intl: await participantIntl("ar") },
        createElement(ChatLog, {
          language: "ar",
          messages: [{ id: "m1", clientMessageId: "c1", role: "interviewer", content: "مرحبًا، شكرًا لمشاركتك" }] as never,
          pending: null,
          streamText: null,
          onRetry: () => {},
          opening: false,
          openingError: null,
          onRetryOpening: () => {},
          startingOpening: false,
        }),
      ),
    );
    expect(html).toContain('<span class="block" dir="auto" lang="ar">مرحبًا، شكرًا لمشاركتك</span>');
    // the screen-reader label is in the page's language too
    expect(html).toContain('<span class="sr-only">المُحاوِر: </span>');
  });
});
