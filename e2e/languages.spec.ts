// Interviews in the participant's language, analysis in the team's (issue #17), end to end: the
// researcher writes the screener's Spanish and Japanese texts in the builder's Translations section;
// a participant reads the screener — its own labels and buttons too — in Spanish (from the link's
// ?lang=es) or Japanese (from the browser's Accept-Language), qualifies, talks to the interviewer in
// that language (the fake Claude answers in it), ends; the real pipeline runs through the stand-in Inngest executor, and the
// signals page shows the verbatim quote with its English translation. An Arabic quote renders
// right-to-left on the dashboard.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { createProjectViaApi, expect, snap, test, uniqueEmail } from "./fixtures";
import { axeViolations } from "./axe";
import { seedDashboard } from "./dashboard-data";
import { e2eDatabaseUrl } from "./e2e-database";
import { sessionRuns, waitForRuns } from "./inngest-runs";

// long journeys on a busy machine: a whole interview and its processing each
test.beforeEach(() => test.setTimeout(150_000));

const QUESTION = "How often do you send invoices?";

/**
 * The participant pages' own words in a language, from its catalogue (messages/<lang>/): the spec
 * finds the controls by them, so it fails if the page does not speak the participant's language.
 */
function ui(lang: string) {
  const m = JSON.parse(readFileSync(`messages/${lang}/participant.json`, "utf8")) as Record<string, Record<string, string>>;
  return {
    name: m.form.name,
    email: m.form.email,
    submit: m.form.submit,
    start: m.lobby.start,
    answer: m.composer.label,
    end: m.room.end,
    endTitle: m.end.title,
    endConfirm: m.end.confirm,
  };
}

/** A project interviewing in `interview`, read in English, with an active screener; its link and ids. */
async function languageProject(page: Page, name: string, interview: string[], translations?: { screener: object; question: object }) {
  const project = await createProjectViaApi(page, name);
  const settings = await page.request.patch(`/api/v1/projects/${project.id}`, {
    data: { researchLanguage: "en", interviewLanguages: interview },
  });
  expect(settings.status()).toBe(200);
  const created = await page.request.post(`/api/v1/projects/${project.id}/screeners`, {
    data: {
      title: "Invoicing interviews",
      description: "Ten minutes about how you send invoices.",
      thankYouMessage: "Thanks a lot!",
      questions: [{ text: QUESTION, type: "single_choice", options: ["Weekly", "Never"], disqualifyOptions: ["Never"] }],
    },
  });
  expect(created.status()).toBe(201);
  const { screener } = (await created.json()) as { screener: { id: string; questions: { id: string }[] } };
  const base = `/api/v1/projects/${project.id}/screeners/${screener.id}`;
  if (translations) {
    expect((await page.request.patch(base, { data: { translations: translations.screener } })).status()).toBe(200);
    const q = screener.questions[0].id;
    expect((await page.request.patch(`${base}/questions/${q}`, { data: { translations: translations.question } })).status()).toBe(200);
  }
  expect((await page.request.post(`${base}/status`, { data: { status: "active" } })).status()).toBe(200);
  const keys = (await (await page.request.get(`/api/v1/projects/${project.id}/keys`)).json()) as { publicKey: { value: string } };
  return { project, screenerId: screener.id, link: `/u/screener/${screener.id}?key=${keys.publicKey.value}` };
}

/**
 * The participant's whole visit in their own browser context: the screener in their language
 * (`expectTexts` on the page), the qualifying option by its translated label, the interview with
 * the fake Claude's replies in the language (`reply` in the opening), one answer, End.
 */
async function interview(
  browser: Browser,
  opts: {
    url: string;
    /** the language the pages must resolve to */
    lang: string;
    locale?: string;
    expectTexts: string[];
    option: string;
    opening: RegExp;
    answer: string;
    name: string;
    onScreener?: (p: Page) => Promise<void>;
  },
) {
  const context = await browser.newContext({ locale: opts.locale });
  const p = await context.newPage();
  await p.goto(opts.url);
  // the participant pages' frame carries the resolved language (and its direction)
  const frame = p.getByTestId("participant-language");
  await expect(frame).toHaveAttribute("lang", opts.lang);
  for (const text of opts.expectTexts) await expect(p.getByText(text).first()).toBeVisible();
  await opts.onScreener?.(p);
  await p.getByRole("radio", { name: opts.option, exact: true }).check();
  const t = ui(opts.lang);
  await p.getByRole("textbox", { name: t.name, exact: true }).fill(opts.name);
  await p.getByRole("textbox", { name: t.email, exact: true }).fill(uniqueEmail("participant"));
  await p.getByRole("button", { name: t.submit, exact: true }).click();
  await expect(p).toHaveURL(/\/u\/interview\/[^/?]+\?key=ut_pub_/);
  const sessionId = new URL(p.url()).pathname.split("/").pop()!;
  await expect(frame).toHaveAttribute("lang", opts.lang); // the session's language, in the interview room too

  await p.getByRole("button", { name: t.start, exact: true }).click();
  const room = p.getByTestId("interview-room");
  const messages = room.getByTestId("message");
  await expect(messages.first()).toContainText(opts.opening);
  const box = room.getByRole("textbox", { name: t.answer, exact: true });
  await box.fill(opts.answer);
  await box.press("Enter");
  await expect(messages).toHaveCount(3);
  await expect(p.getByTestId("streaming-reply")).toHaveCount(0);
  return { context, p, sessionId, messages };
}

/** The End button and its confirmation, in the room's language. */
async function end(p: Page, lang: string) {
  const t = ui(lang);
  await p.getByTestId("interview-room").getByRole("button", { name: t.end, exact: true }).click();
  await p.getByRole("dialog", { name: t.endTitle }).getByRole("button", { name: t.endConfirm, exact: true }).click();
  await expect(p).toHaveURL(/\/u\/complete\/[^/?]+\?key=ut_pub_/);
}

/** The signal whose quote holds `quote`, once processing has run, on the researcher's signals page. */
async function signalRow(page: Page, projectId: string, sessionId: string, quote: string) {
  const [run] = await waitForRuns("process-session", sessionRuns(sessionId), { timeout: 90_000 });
  expect(run.status).toBe("completed");
  await page.goto(`/projects/${projectId}/signals`);
  const row = page.getByTestId("signal-row").filter({ hasText: quote });
  await expect(row).toHaveCount(1);
  return row;
}

test("Spanish: the researcher translates the screener in the builder; a ?lang=es participant is interviewed in Spanish; the dashboard shows the quote and its translation", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  const { project, screenerId, link } = await languageProject(page, "Estudio", ["es", "ja"]);

  // ── the builder's Translations section ──
  await page.goto(`/projects/${project.id}/screeners/${screenerId}`);
  const section = page.getByRole("region", { name: "Translations" });
  const progress = section.getByTestId("translation-progress");
  await expect(section.getByRole("button", { name: /Spanish/ })).toHaveAttribute("aria-pressed", "true");
  await expect(progress).toHaveText("Spanish: 0 of 5 texts translated; missing ones fall back to English.");
  await section.getByLabel("Title in Spanish", { exact: true }).fill("Entrevistas sobre facturación");
  await section.getByLabel("Description in Spanish", { exact: true }).fill("Diez minutos sobre cómo envías tus facturas.");
  await section.getByLabel("Question 1 in Spanish", { exact: true }).fill("¿Con qué frecuencia envías facturas?");
  await section.getByLabel("Option 1 of question 1 in Spanish", { exact: true }).fill("Cada semana");
  await expect(progress).toHaveText("Spanish: 3 of 5 texts translated; missing ones fall back to English.");
  // one option of two is refused inline (the page would show the English labels)
  await section.getByRole("button", { name: "Save changes" }).click();
  await expect(section.getByTestId("options-issue")).toContainText("translate all 2 options or none");
  expect(await axeViolations(page)).toEqual([]);
  await section.getByLabel("Option 2 of question 1 in Spanish", { exact: true }).fill("Nunca");
  await section.getByRole("button", { name: "Save changes" }).click();
  await expect(section.getByText("Translations saved.")).toBeVisible();
  await expect(section.getByTestId("options-issue")).toHaveCount(0);
  await expect(progress).toHaveText("Spanish: 4 of 5 texts translated; missing ones fall back to English.");

  // Japanese, in the same section
  await section.getByRole("button", { name: /Japanese/ }).click();
  await expect(progress).toHaveText("Japanese: 0 of 5 texts translated; missing ones fall back to English.");
  await section.getByLabel("Title in Japanese", { exact: true }).fill("請求書についてのインタビュー");
  await expect(section.getByLabel("Title in Japanese", { exact: true })).toHaveAttribute("lang", "ja");
  await section.getByRole("button", { name: "Save changes" }).click();
  await expect(section.getByText("Translations saved.")).toBeVisible();
  await snap(page, testInfo, "builder-translations");

  // stored: after a reload each language shows what it has
  await page.reload();
  await expect(section.getByRole("button", { name: /Spanish/ })).toContainText("4/5");
  await expect(section.getByRole("button", { name: /Japanese/ })).toContainText("1/5");
  const stored = (await (await page.request.get(`/api/v1/projects/${project.id}/screeners/${screenerId}`)).json()) as {
    screener: { translations: unknown; questions: { translations: unknown }[] };
  };
  expect(stored.screener.translations).toEqual({
    es: { title: "Entrevistas sobre facturación", description: "Diez minutos sobre cómo envías tus facturas." },
    ja: { title: "請求書についてのインタビュー" },
  });
  expect(stored.screener.questions[0].translations).toEqual({
    es: { text: "¿Con qué frecuencia envías facturas?", options: ["Cada semana", "Nunca"] },
  });

  // ── the participant, from the link's ?lang=es ──
  const { context, p, sessionId, messages } = await interview(browser, {
    url: `${link}&lang=es`,
    lang: "es",
    expectTexts: ["Entrevistas sobre facturación", "Diez minutos sobre cómo envías tus facturas."],
    option: "Cada semana",
    opening: /Hola, gracias por participar/,
    answer: "Odio exportar las facturas a mano cada viernes.",
    name: "Lucía Gómez",
    onScreener: async (sp) => {
      await expect(sp.getByRole("group", { name: /¿Con qué frecuencia envías facturas\?/ })).toBeVisible();
      await snap(sp, testInfo, "screener-es");
    },
  });
  // the fake Claude follows up in Spanish
  await expect(messages.nth(2)).toContainText(/¿Qué pasó la primera vez|¿Qué hiciste justo después|¿Cómo te sentiste/);
  await expect(messages.first().locator("[lang]")).toHaveAttribute("lang", "es");
  await snap(p, testInfo, "interview-es");
  await end(p, "es");
  await context.close();

  const row = await signalRow(page, project.id, sessionId, "Odio exportar las facturas a mano cada viernes");
  await expect(row.locator("blockquote")).toHaveAttribute("lang", "es");
  await expect(row.getByTestId("quote-translation")).toHaveText(
    "Translation from Spanish: I hate exporting the invoices by hand every Friday",
  );
  await snap(page, testInfo, "signals-es");
});

test("Japanese from the browser's Accept-Language: screener, interview and the quote with its translation", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  const { project, link } = await languageProject(page, "調査", ["es", "ja"], {
    screener: { ja: { title: "請求書についてのインタビュー" } },
    question: { ja: { text: "請求書をどのくらいの頻度で送りますか？", options: ["毎週", "送らない"] } },
  });
  const { context, p, sessionId, messages } = await interview(browser, {
    url: link,
    lang: "ja",
    locale: "ja-JP",
    expectTexts: ["請求書についてのインタビュー", "請求書をどのくらいの頻度で送りますか？"],
    option: "毎週",
    opening: /こんにちは、ご参加ありがとうございます/,
    answer: "毎週金曜日に請求書を手作業でエクスポートするのが面倒です",
    name: "佐藤 花子",
  });
  await expect(messages.nth(2)).toContainText(/以前のやり方|そのすぐ後に/);
  await snap(p, testInfo, "interview-ja");
  await end(p, "ja");
  await context.close();

  const row = await signalRow(page, project.id, sessionId, "請求書を手作業で");
  await expect(row.locator("blockquote")).toHaveAttribute("lang", "ja");
  await expect(row.getByTestId("quote-translation")).toHaveText(
    "Translation from Japanese: exporting invoices by hand every Friday is a pain",
  );
  await snap(page, testInfo, "signals-ja");
});

test("Arabic: the quote renders right-to-left on the dashboard, its translation left-to-right", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  const { project, link } = await languageProject(page, "RTL", ["ar"]);
  const { context, p, sessionId } = await interview(browser, {
    url: `${link}&lang=ar`,
    lang: "ar",
    onScreener: async (sp) => {
      // the whole participant page reads right-to-left
      const frame = sp.getByTestId("participant-language");
      await expect(frame).toHaveAttribute("dir", "rtl");
      const heading = sp.locator("#questions-title"); // the page's own words, in Arabic
      await expect(heading).toHaveText(JSON.parse(readFileSync("messages/ar/participant.json", "utf8")).form.questionsTitle);
      expect(await heading.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      // the title has no Arabic text yet: the English fallback is marked as English and reads left to right
      await expect(sp.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
      expect(await sp.getByRole("heading", { level: 1 }).evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
      await snap(sp, testInfo, "screener-ar");
    },
    expectTexts: ["Invoicing interviews"],
    option: "Weekly",
    opening: /مرحبًا، شكرًا لمشاركتك/,
    answer: "التصدير يفشل كل شهر وأصلحه بيدي",
    name: "ليلى حسن",
  });
  await end(p, "ar");
  await context.close();

  const row = await signalRow(page, project.id, sessionId, "التصدير يفشل");
  const quote = row.locator("blockquote");
  await expect(quote).toHaveAttribute("lang", "ar");
  const layout = await quote.evaluate((el) => {
    const style = getComputedStyle(el);
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const contentRight = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    const contentLeft = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    return {
      direction: style.direction,
      textAlign: style.textAlign,
      gapRight: contentRight - text.right,
      gapLeft: text.left - contentLeft,
    };
  });
  expect(layout.direction).toBe("rtl");
  // the line starts at the right edge and leaves its free space on the left
  expect(Math.abs(layout.gapRight)).toBeLessThan(2);
  expect(layout.gapLeft).toBeGreaterThan(100);
  const translation = row.getByTestId("quote-translation");
  await expect(translation).toHaveText("Translation from Arabic: the export fails every month");
  expect(await translation.evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
  await snap(page, testInfo, "signals-ar");
});

test("a follow-up link opens in the language of the participant's earlier interview, in an English browser, and so does its interview room", async ({
  page,
  user: _owner,
  browser,
}) => {
  const project = await createProjectViaApi(page, "Seguimiento de facturas");
  const { sessionIds, taskIds } = await seedDashboard(project.id, {
    sessions: [{ participantName: "Lucía", status: "completed", processingStatus: "processed", daysAgo: 20 }],
    tasks: [{ title: "Exportar facturas falla cada mes", status: "done", score: 80, label: "high" }],
  });
  // the earlier interview was in Spanish; her invitation (as the send step makes it) names it
  const token = `ut_fu_${randomBytes(32).toString("base64url")}`;
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`UPDATE "Session" SET "language" = 'es', "participantEmail" = $2, "consentFollowUp" = true WHERE "id" = $1`, [
      sessionIds[0],
      uniqueEmail("lucia"),
    ]);
    await client.query(
      `INSERT INTO "FollowUpInvitation" ("id","projectId","taskId","participantEmail","participantName","emailHash","sourceSessionIds","tokenHash","expiresAt","status","updatedAt")
       VALUES ($1,$2,$3,'lucia@example.test','Lucía',$4,$5,$6,now() + interval '14 days','sent',now())`,
      [
        `fu_${randomUUID()}`,
        project.id,
        taskIds[0],
        `hash-${randomUUID()}`,
        [sessionIds[0]],
        createHash("sha256").update(token).digest("hex"),
      ],
    );
  } finally {
    await client.end();
  }
  const es = JSON.parse(readFileSync("messages/es/participant.json", "utf8")) as { followUp: Record<string, string> };

  const context = await browser.newContext({ locale: "en-US" });
  const p = await context.newPage();
  await p.goto(`/u/follow-up/${token}`);
  const frame = p.getByTestId("participant-language");
  await expect(frame).toHaveAttribute("lang", "es");
  await expect(p).toHaveTitle(new RegExp(es.followUp.metaTitle));
  await expect(p.getByRole("heading", { name: es.followUp.greetingNamed.replace("{name}", "Lucía") })).toBeVisible();
  await p.getByRole("button", { name: es.followUp.start, exact: true }).click();
  await expect(p).toHaveURL(/\/u\/interview\/[^/?]+\?key=ut_pub_/);
  // the follow-up session was opened in Spanish: the room speaks it too
  await expect(frame).toHaveAttribute("lang", "es");
  await expect(p.getByRole("button", { name: ui("es").start, exact: true })).toBeVisible();
  await context.close();
});
