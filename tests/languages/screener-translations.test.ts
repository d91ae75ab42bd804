// Issue #17: researcher-written per-language screener texts — accepted by the screener and question
// PATCH (validated: supported languages only), applied on the public view for the page's language
// (option labels only: the submitted answer stays the main option), and falling back to the main text.
import { describe, expect, it } from "vitest";
import * as question from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/questions/[questionId]/route";
import * as screenerRoute from "@/app/api/v1/projects/[projectId]/screeners/[screenerId]/route";
import { db } from "@/lib/db";
import { getPublicScreener } from "@/lib/screeners/get-public-screener";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

describe("screener translations", () => {
  it("PATCH stores them, the public view applies them for the language, other languages fall back", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const s = await createScreener(db, {
      projectId: project.id,
      status: "active",
      title: "Invoicing study",
      questions: [{ text: "How often do you invoice?", type: "single_choice", options: ["Weekly", "Never"], disqualifyOptions: ["Never"] }],
    });
    const params = { projectId: project.id, screenerId: s.id };
    const q = s.questions[0];
    const a = await callRoute(screenerRoute.PATCH, {
      method: "PATCH",
      token,
      params,
      body: { translations: { es: { title: "Estudio de facturación" } } },
    });
    expect(a.status).toBe(200);
    const b = await callRoute(question.PATCH, {
      method: "PATCH",
      token,
      params: { ...params, questionId: q.id },
      body: { translations: { es: { text: "¿Con qué frecuencia facturas?", options: ["Cada semana", "Nunca"] } } },
    });
    expect(b.status).toBe(200);

    const es = await getPublicScreener({ projectId: project.id, screenerId: s.id, countView: false, language: "es" });
    expect(es.title).toBe("Estudio de facturación");
    expect(es.questions[0]).toMatchObject({
      text: "¿Con qué frecuencia facturas?",
      options: ["Weekly", "Never"],
      optionLabels: ["Cada semana", "Nunca"],
    });
    const de = await getPublicScreener({ projectId: project.id, screenerId: s.id, countView: false, language: "de" });
    expect(de.title).toBe("Invoicing study");
    expect(de.questions[0].text).toBe("How often do you invoice?");
    expect(de.questions[0].optionLabels).toBeUndefined();

    for (const body of [{ translations: { xx: { title: "?" } } }, { translations: { es: { title: "x", rules: [] } } }]) {
      const bad = await callRoute(screenerRoute.PATCH, { method: "PATCH", token, params, body });
      expect(bad.status).toBe(400);
    }
    expect((await db.screener.findUniqueOrThrow({ where: { id: s.id } })).translations).toEqual({
      es: { title: "Estudio de facturación" },
    });
  });
});
