// Issue #17: GET /api/sdk/screeners/:id answers in the participant's language — `?lang=`, else
// Accept-Language, else the project's first interview language, only ones the project offers —
// with the researcher's translations, the main (research-language) text where one is missing
// (listed in `fallback`), and the language used.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as publicResponses from "@/app/api/sdk/screeners/[screenerId]/responses/route";
import * as publicScreener from "@/app/api/sdk/screeners/[screenerId]/route";
import { db } from "@/lib/db";
import { getInterviewView } from "@/lib/interviewer/get-interview-view";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const ip = () => ({ "x-forwarded-for": `10.${Math.floor(Math.random() * 250)}.0.2-${randomUUID()}` });

async function translatedScreener() {
  const owner = await createOwnerWithProject(db);
  await db.project.update({
    where: { id: owner.project.id },
    data: { researchLanguage: "en", interviewLanguages: ["de", "es", "ja", "en"] },
  });
  const s = await createScreener(db, {
    projectId: owner.project.id,
    status: "active",
    title: "Invoicing study",
    description: "About how you bill clients.",
    questions: [{ text: "How often do you invoice?", type: "single_choice", options: ["Weekly", "Never"], disqualifyOptions: ["Never"] }],
  });
  await db.screener.update({
    where: { id: s.id },
    data: {
      welcomeMessage: null,
      consentText: null,
      translations: { es: { title: "Estudio de facturación" }, ja: { title: "請求の調査" } },
    },
  });
  await db.screenerQuestion.update({
    where: { id: s.questions[0].id },
    data: { translations: { es: { text: "¿Con qué frecuencia facturas?", options: ["Cada semana", "Nunca"] } } },
  });
  const get = (query: string, headers: Record<string, string> = {}) =>
    callRoute(publicScreener.GET, {
      path: `/api/sdk/screeners/${s.id}?key=${owner.publicKey}${query}`,
      params: { screenerId: s.id },
      headers: { ...ip(), ...headers },
    });
  const submit = (answer: string, language: string) =>
    callRoute(publicResponses.POST, {
      method: "POST",
      path: `/api/sdk/screeners/${s.id}/responses?key=${owner.publicKey}`,
      params: { screenerId: s.id },
      headers: ip(),
      body: { answers: { [s.questions[0].id]: answer }, consents: { recording: false, analytics: false, followUp: false }, language },
    });
  return { get, submit, screenerId: s.id };
}

describe("GET /api/sdk/screeners/:id in the participant's language", () => {
  it("?lang= picks the translation, marks what falls back to the main language and says which language it used", async () => {
    const { get } = await translatedScreener();
    const res = await get("&lang=es", { "accept-language": "ja" });
    expect(res.status).toBe(200);
    expect(res.json.language).toBe("es");
    expect(res.json.screener).toMatchObject({
      title: "Estudio de facturación",
      description: "About how you bill clients.",
      language: "es",
      mainLanguage: "en",
      fallback: ["description"],
    });
    expect(res.json.screener.questions[0]).toMatchObject({
      text: "¿Con qué frecuencia facturas?",
      options: ["Weekly", "Never"],
      optionLabels: ["Cada semana", "Nunca"],
    });
    // helpText is empty in both languages: nothing falls back
    expect(res.json.screener.questions[0].fallback).toBeUndefined();
  });

  it("without ?lang= follows Accept-Language among the offered languages; an unoffered ?lang= falls through", async () => {
    const { get } = await translatedScreener();
    const ja = await get("", { "accept-language": "fr, ja;q=0.9, en;q=0.5" });
    expect(ja.json.language).toBe("ja");
    expect(ja.json.screener.title).toBe("請求の調査");
    expect(ja.json.screener.questions[0]).toMatchObject({ text: "How often do you invoice?", fallback: ["text", "options"] });

    const unoffered = await get("&lang=ar", { "accept-language": "es-MX" });
    expect(unoffered.json.language).toBe("es");
  });

  it("with neither, uses the project's first interview language (German: no translation, everything falls back)", async () => {
    const { get } = await translatedScreener();
    const res = await get("");
    expect(res.json.language).toBe("de");
    expect(res.json.screener).toMatchObject({ title: "Invoicing study", fallback: ["title", "description"] });
  });

  it("the main language itself is no fallback", async () => {
    const { get } = await translatedScreener();
    const res = await get("&lang=en");
    expect(res.json.language).toBe("en");
    expect(res.json.screener.fallback).toEqual([]);
    expect(res.json.screener.questions[0].fallback).toBeUndefined();
  });

  it("rejects an absurd ?lang= like any bad query", async () => {
    const { get } = await translatedScreener();
    expect((await get(`&lang=${"x".repeat(40)}`)).status).toBe(400);
  });
});

describe("the interview room's screener texts in the session's language", () => {
  it("takes the researcher's translation and marks what falls back to the main language", async () => {
    const owner = await createOwnerWithProject(db);
    await db.project.update({ where: { id: owner.project.id }, data: { researchLanguage: "en", interviewLanguages: ["en", "es"] } });
    const s = await createScreener(db, { projectId: owner.project.id, status: "active", title: "Invoicing study" });
    await db.screener.update({
      where: { id: s.id },
      data: { description: "About billing.", thankYouMessage: "Thanks a lot!", translations: { es: { title: "Estudio de facturación" } } },
    });
    const caller = { kind: "public_key" as const, projectId: owner.project.id, keyId: "k", allowedOrigins: [] };
    const es = await createSession(db, { projectId: owner.project.id, screenerId: s.id });
    await db.session.update({ where: { id: es.id }, data: { language: "es" } });
    expect((await getInterviewView({ caller, sessionId: es.id })).screener).toMatchObject({
      title: "Estudio de facturación",
      thankYouMessage: "Thanks a lot!",
      mainLanguage: "en",
      fallback: ["description", "thankYouMessage"],
    });
    const en = await createSession(db, { projectId: owner.project.id, screenerId: s.id });
    await db.session.update({ where: { id: en.id }, data: { language: "en" } });
    expect((await getInterviewView({ caller, sessionId: en.id })).screener).toMatchObject({ title: "Invoicing study", fallback: [] });
  });
});

describe("the disqualified message in the participant's language", () => {
  it("is the researcher's translation when written, else the main message", async () => {
    const { submit, screenerId } = await translatedScreener();
    await db.screener.update({
      where: { id: screenerId },
      data: {
        disqualifiedMessage: "Thanks, not a match.",
        translations: { es: { title: "Estudio de facturación", disqualifiedMessage: "Gracias, no encajas esta vez." } },
      },
    });
    const es = await submit("Never", "es");
    expect(es.status).toBe(201);
    expect(es.json).toMatchObject({ qualified: false, message: "Gracias, no encajas esta vez." });
    expect((await submit("Never", "ja")).json).toMatchObject({ qualified: false, message: "Thanks, not a match." });
  });
});
