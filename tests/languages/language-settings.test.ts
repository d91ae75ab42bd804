// Issue #17 over HTTP: a project's research and interview languages (validated against the
// supported list), and a qualified screener response's session getting the participant's language
// (the page's choice, else Accept-Language, else the project's first interview language).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PATCH as patchProject } from "@/app/api/v1/projects/[projectId]/route";
import * as publicResponses from "@/app/api/sdk/screeners/[screenerId]/responses/route";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const ip = () => ({ "x-forwarded-for": `10.${Math.floor(Math.random() * 250)}.1.1-${randomUUID()}` });

describe("project languages", () => {
  it("PATCH sets the research language and interview languages; unsupported codes or duplicates are a 400 with no change", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const patch = (body: unknown) => callRoute(patchProject, { method: "PATCH", token, params: { projectId: project.id }, body });
    const ok = await patch({ researchLanguage: "de", interviewLanguages: ["es", "ja", "pt-BR"] });
    expect(ok.status).toBe(200);
    expect(ok.json.project).toMatchObject({ researchLanguage: "de", interviewLanguages: ["es", "ja", "pt-BR"] });

    for (const body of [
      { researchLanguage: "klingon" },
      { interviewLanguages: [] },
      { interviewLanguages: ["es", "es"] },
      { interviewLanguages: ["fr"] },
    ]) {
      const bad = await patch(body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.json.error.code).toBe("validation_failed");
    }
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      researchLanguage: "de",
      interviewLanguages: ["es", "ja", "pt-BR"],
    });
  });
});

describe("the session's language from the screener", () => {
  async function submit(opts: { interviewLanguages: string[]; language?: string; acceptLanguage?: string }) {
    const owner = await createOwnerWithProject(db);
    await db.project.update({ where: { id: owner.project.id }, data: { interviewLanguages: opts.interviewLanguages } });
    const s = await createScreener(db, {
      projectId: owner.project.id,
      status: "active",
      questions: [{ text: "Clients?", type: "number", min: 0 }],
    });
    const res = await callRoute(publicResponses.POST, {
      method: "POST",
      path: `/api/sdk/screeners/${s.id}/responses?key=${owner.publicKey}`,
      params: { screenerId: s.id },
      headers: { ...ip(), ...(opts.acceptLanguage ? { "accept-language": opts.acceptLanguage } : {}) },
      body: { answers: { [s.questions[0].id]: 3 }, ...(opts.language ? { language: opts.language } : {}) },
    });
    expect(res.status).toBe(201);
    return (await db.session.findUniqueOrThrow({ where: { id: res.json.sessionId } })).language;
  }

  it("stores the page's language (link or picker) when the project offers it", async () => {
    expect(await submit({ interviewLanguages: ["en", "es"], language: "es", acceptLanguage: "en" })).toBe("es");
  });

  it("falls back to Accept-Language by q-value, then to the project's first interview language", async () => {
    expect(await submit({ interviewLanguages: ["en", "ja", "de"], acceptLanguage: "fr, de;q=0.7, ja;q=0.9" })).toBe("ja");
    expect(await submit({ interviewLanguages: ["pt-BR", "en"], language: "fr", acceptLanguage: "it" })).toBe("pt-BR");
  });

  it("refuses a malformed language tag with a 400", async () => {
    const owner = await createOwnerWithProject(db);
    const s = await createScreener(db, { projectId: owner.project.id, status: "active", questions: [{ text: "Q", type: "number" }] });
    const res = await callRoute(publicResponses.POST, {
      method: "POST",
      path: `/api/sdk/screeners/${s.id}/responses?key=${owner.publicKey}`,
      params: { screenerId: s.id },
      headers: ip(),
      body: { answers: { [s.questions[0].id]: 3 }, language: "<script>" },
    });
    expect(res.status).toBe(400);
    expect(await db.screenerResponse.count({ where: { screenerId: s.id } })).toBe(0);
  });
});

describe("the screener page's language", () => {
  it("uses ?lang= when offered, else Accept-Language, else the project's first; lists the offered languages for the picker", async () => {
    const { loadScreenerLanguage } = await import("@/lib/languages/load-participant-language");
    const owner = await createOwnerWithProject(db);
    await db.project.update({ where: { id: owner.project.id }, data: { interviewLanguages: ["de", "es", "ar"] } });
    const s = await createScreener(db, { projectId: owner.project.id, status: "active", questions: [] });
    expect(await loadScreenerLanguage({ screenerId: s.id, link: "es", acceptLanguage: "ar" })).toMatchObject({
      language: "es",
      dir: "ltr",
    });
    expect(await loadScreenerLanguage({ screenerId: s.id, link: "ja", acceptLanguage: "ar-EG,en;q=0.5" })).toMatchObject({
      language: "ar",
      dir: "rtl",
    });
    const fallback = await loadScreenerLanguage({ screenerId: s.id });
    expect(fallback.language).toBe("de");
    expect(fallback.offered.map((o) => o.nativeName)).toEqual(["Deutsch", "Español", "العربية"]);
    // an unknown screener still gets a page language
    expect((await loadScreenerLanguage({ screenerId: "missing\u0000", acceptLanguage: "ja" })).language).toBe("en");
  });
});

describe("a session opened by a researcher (API/CLI)", () => {
  it("takes one of the project's interview languages, defaults to its first, refuses one it does not offer", async () => {
    const { POST: createSession } = await import("@/app/api/v1/projects/[projectId]/sessions/route");
    const { token, project } = await createOwnerWithProject(db);
    await db.project.update({ where: { id: project.id }, data: { interviewLanguages: ["ja", "en"] } });
    const open = (body: object) => callRoute(createSession, { method: "POST", token, params: { projectId: project.id }, body });
    const ja = await open({});
    expect(ja.status).toBe(201);
    expect(ja.json.session.language).toBe("ja");
    expect((await open({ language: "en" })).json.session.language).toBe("en");
    const before = await db.session.count({ where: { projectId: project.id } });
    const bad = await open({ language: "es" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.fields.language[0]).toContain("ja, en");
    expect(await db.session.count({ where: { projectId: project.id } })).toBe(before);
  });
});
