// The builder's translation bookkeeping (issue #17): which texts count, how complete a language is,
// what is refused before sending, and PATCH bodies that keep the other languages' texts. The bodies
// are also parsed with the API's own schemas, so what the builder sends is what the routes accept.
import { describe, expect, it } from "vitest";
import { questionTranslationsSchema, screenerTranslationsSchema } from "./translations";
import {
  draftFor,
  draftIssues,
  draftProgress,
  progressSentence,
  questionTranslationsBody,
  sameTranslations,
  screenerTranslationsBody,
  translationProgress,
  type TranslatableScreener,
} from "./translation-progress";

const screener = (): TranslatableScreener => ({
  title: "Invoicing study",
  description: "Ten minutes about invoices.",
  welcomeMessage: null,
  consentText: "We record the interview.",
  thankYouMessage: "Thanks!",
  disqualifiedMessage: "  ",
  translations: { es: { title: "Estudio de facturación", description: null }, ja: { title: "請求書の調査" } },
  questions: [
    {
      id: "q1",
      text: "How often do you invoice?",
      helpText: "Roughly is fine.",
      options: ["Weekly", "Never"],
      translations: { es: { text: "¿Con qué frecuencia facturas?", options: ["Cada semana", "Nunca"] } },
    },
    { id: "q2", text: "What tool do you use?", helpText: null, options: [] },
  ],
});

describe("translation progress", () => {
  it("counts only texts with a main text, a question's options as one text", () => {
    const s = screener();
    // title, description, consent, thank-you (not the blank disqualified message, not the empty welcome);
    // q1 text, help, options; q2 text
    expect(translationProgress(s, "es")).toEqual({ done: 3, total: 8 });
    expect(translationProgress(s, "ja")).toEqual({ done: 1, total: 8 });
    expect(translationProgress(s, "de")).toEqual({ done: 0, total: 8 });
    expect(progressSentence({ done: 7, total: 9 }, "English")).toBe("7 of 9 texts translated; missing ones fall back to English.");
    expect(progressSentence({ done: 9, total: 9 }, "English")).toBe("All 9 texts translated.");
  });

  it("options translated in part do not count and are an issue; too-long texts are issues", () => {
    const s = screener();
    const d = draftFor(s, "de");
    expect(d.questions.q1.options).toEqual(["", ""]);
    d.questions.q1.options = ["Wöchentlich", ""];
    d.screener.title = "x".repeat(201);
    expect(draftProgress(s, d)).toEqual({ done: 1, total: 8 }); // the title only
    expect(draftIssues(s, d, "English")).toEqual({
      "screener.title": "must be at most 200 characters",
      "question.q1.options": "translate all 2 options or none (with 1 of 2, participants see the English ones)",
    });
    d.questions.q1.options = ["Wöchentlich", "Nie"];
    d.screener.title = "Rechnungsstudie";
    expect(draftIssues(s, d, "English")).toEqual({});
    expect(draftProgress(s, d)).toEqual({ done: 2, total: 8 });
  });

  it("PATCH bodies replace one language, keep the others, drop an emptied language, and pass the API's schemas", () => {
    const s = screener();
    const de = draftFor(s, "de");
    de.screener.title = "  Rechnungsstudie ";
    de.questions.q1 = { text: "Wie oft?", helpText: "", options: ["Wöchentlich", ""] };
    const body = screenerTranslationsBody(s, "de", de);
    expect(body).toEqual({ ...(s.translations as object), de: { title: "Rechnungsstudie" } });
    expect(screenerTranslationsSchema.safeParse(body).success).toBe(true);
    const qBody = questionTranslationsBody(s.questions[0], "de", de.questions.q1);
    // partial options are left out: the page shows the main labels rather than a mix
    expect(qBody).toEqual({ es: { text: "¿Con qué frecuencia facturas?", options: ["Cada semana", "Nunca"] }, de: { text: "Wie oft?" } });
    expect(questionTranslationsSchema.safeParse(qBody).success).toBe(true);

    const emptied = draftFor(s, "ja");
    emptied.screener.title = "";
    expect(screenerTranslationsBody(s, "ja", emptied)).toEqual({ es: { title: "Estudio de facturación", description: null } });
    // an unchanged draft gives the stored map back (nulls aside), so nothing is sent
    expect(sameTranslations(screenerTranslationsBody(s, "es", draftFor(s, "es")), s.translations)).toBe(true);
    expect(sameTranslations(questionTranslationsBody(s.questions[1], "es", draftFor(s, "es").questions.q2), undefined)).toBe(true);
  });
});
