// Journeys from a new user's first hour (issue #12, "First-hour rough edges"), at the widths the
// reports came from: 1440×900 and a 390 px phone. Each test checks what the user saw go wrong —
// a table cut off inside its card, board columns hidden without a sign, a hint printed twice,
// labels far from their buttons, raw selectors and step ids, two spellings of one status — and
// leaves screenshots in test-results/ for people to look at.
import type { Locator, Page } from "@playwright/test";
import pg from "pg";
import { seedDashboard } from "./dashboard-data";
import { e2eDatabaseUrl } from "./e2e-database";
import { createProjectViaApi, expect, snap, test } from "./fixtures";
import { seedRecordedSession } from "./research-data";

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

test.beforeEach(() => test.slow()); // several page loads and two widths per journey on a shared machine

/** The box of `inner` lies within the box of `outer` (1 px of rounding allowed). */
async function expectInside(inner: Locator, outer: Locator, what: string) {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(a && b, what).toBeTruthy();
  expect(a!.x, `${what}: left edge`).toBeGreaterThanOrEqual(b!.x - 1);
  expect(a!.x + a!.width, `${what}: right edge`).toBeLessThanOrEqual(b!.x + b!.width + 1);
}

/** How far an element's content overflows its box sideways (0 when it fits). */
const overflowX = (l: Locator) => l.evaluate((e) => e.scrollWidth - e.clientWidth);

async function seedSessions(projectId: string) {
  const names = ["Ana Lima-Fernandes", "Benedikt Okafor-Schmidt", "Chen Wei", "Dana Ortiz", "Eli Novak", "Farah Haddad"];
  await seedDashboard(projectId, {
    sessions: names.map((participantName, i) => ({
      participantName,
      status: i === 4 ? "active" : "completed",
      processingStatus: i === 3 ? "failed" : i === 4 ? "pending" : "processed",
      daysAgo: i * 3,
    })),
    signals: [{ session: 0, type: "struggling_moment", quote: "The CSV export mixes every VAT rate in one column" }],
    tasks: [
      { title: "Split VAT rates in the CSV export", status: "backlog", score: 72.4, label: "high", signals: [0] },
      { title: "Per-client export", status: "ready", score: 48, label: "medium" },
      { title: "Remember the last export format", status: "in_progress", score: 41, label: "medium" },
      { title: "Accountant-ready export", status: "in_review", score: 39, label: "medium" },
      { title: "Dark mode", status: "done", score: 91, label: "critical" },
      { title: "Export to Lotus 1-2-3", status: "wont_fix", score: 5, label: "low" },
    ],
  });
}

test("overview: the recent-sessions table fits its card at 1440 px and scrolls visibly on a phone", async ({
  page,
  user: _owner,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Checkout research");
  await seedSessions(project.id);

  await page.setViewportSize(DESKTOP);
  await page.goto(`/projects/${project.id}`);
  const table = page.getByRole("table", { name: "Recent sessions" });
  await expect(table.getByRole("row")).toHaveCount(7);
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Recent sessions" }) });
  const scroller = table.locator("xpath=..");
  expect(await overflowX(scroller), "no part of the table is hidden at 1440 px").toBeLessThanOrEqual(0);
  for (const column of ["Participant", "Status", "Signals", "Duration", "Date"]) {
    await expectInside(table.getByRole("columnheader", { name: column }), card, `${column} header inside the card`);
  }
  await snap(page, testInfo, "overview-1440");

  await page.setViewportSize(PHONE);
  // too narrow to fit: the table scrolls inside its card, says so, and the last column is reachable
  expect(await overflowX(scroller)).toBeGreaterThan(0);
  await expect(scroller).toHaveAttribute("data-overflow", /right/);
  await scroller.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
  await expect(scroller).toHaveAttribute("data-overflow", "left");
  await expectInside(table.getByRole("columnheader", { name: "Date" }), card, "Date header after scrolling");
  await snap(page, testInfo, "overview-390");
  await card.screenshot({ path: testInfo.outputPath("overview-390-sessions.png") });
});

test("task board: six columns fit at 1440 px; on a phone a hint names the hidden columns and scrolls to them", async ({
  page,
  user: _owner,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Board research");
  await seedSessions(project.id);

  await page.setViewportSize(DESKTOP);
  await page.goto(`/projects/${project.id}/tasks`);
  const board = page.getByTestId("task-board");
  await expect(board.getByRole("heading", { level: 2 })).toHaveText(["Backlog", "Ready", "In progress", "In review", "Done", "Won't fix"]);
  expect(await overflowX(board), "every column visible at 1440 px").toBeLessThanOrEqual(0);
  for (const status of ["backlog", "wont_fix"]) await expectInside(page.getByTestId(`column-${status}`), board, `${status} column`);
  await expect(page.getByTestId("board-more-columns")).toBeHidden();
  await snap(page, testInfo, "board-1440");

  await page.setViewportSize(PHONE);
  // the page itself never scrolls sideways: the project tabs wrap into rows and the board scrolls inside its box
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const hint = page.getByTestId("board-more-columns");
  await expect(hint).toBeVisible();
  await expect(hint).toContainText(/\d more columns?:\s*.*Won't fix/);
  await snap(page, testInfo, "board-390");
  await hint.getByRole("button", { name: /Won't fix →/ }).click();
  await expect.poll(() => board.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  await expect(hint).toContainText("Backlog"); // now the hidden ones are on the left
  await snap(page, testInfo, "board-390-scrolled");
});

test("task page: the status reads as on the board, and no internal references", async ({ page, user: _owner }, testInfo) => {
  const project = await createProjectViaApi(page, "Status words");
  const { taskIds } = await seedDashboard(project.id, {
    sessions: [{ participantName: "Ana", status: "completed", processingStatus: "processed", daysAgo: 1 }],
    tasks: [
      { title: "Remember the last export format", status: "in_progress", score: 41, label: "medium" },
      { title: "Export to Lotus 1-2-3", status: "wont_fix", score: 5, label: "low" },
    ],
  });
  await page.setViewportSize(DESKTOP);
  await page.goto(`/projects/${project.id}/tasks/${taskIds[0]}`);
  // innerText is what the user sees (CSS text-transform included)
  expect(await page.getByTestId("task-status").innerText()).toBe("In progress");
  const select = page.getByRole("combobox", { name: "Status" });
  await expect(select).toHaveValue("in_progress");
  expect(await select.locator("option:checked").innerText()).toBe("In progress");
  await expect(page.getByText("§")).toHaveCount(0);
  await expect(page.getByText(/product rules/i)).toHaveCount(0);
  await snap(page, testInfo, "task-1440");

  await page.goto(`/projects/${project.id}/tasks/${taskIds[1]}`);
  expect(await page.getByTestId("task-status").innerText()).toBe("Won't fix");
});

test("public screener: the multiple-choice hint shows once and the scale's ends sit under its first and last buttons", async ({
  page,
  user: _owner,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Screener polish");
  const created = await page.request.post(`/api/v1/projects/${project.id}/screeners`, {
    data: {
      title: "Month-end habits",
      questions: [
        {
          text: "Which tools do you use?",
          helpText: "Select all that apply.",
          type: "multiple_choice",
          options: ["Spreadsheets", "Xero", "None"],
        },
        { text: "Which of these have you tried?", type: "multiple_choice", options: ["Exports", "Imports"] },
        { text: "How painful is month-end?", helpText: "1 = not at all, 5 = very painful", type: "scale", min: 1, max: 5 },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const { screener } = (await created.json()) as { screener: { id: string } };
  expect(
    (await page.request.post(`/api/v1/projects/${project.id}/screeners/${screener.id}/status`, { data: { status: "active" } })).status(),
  ).toBe(200);
  const keys = (await (await page.request.get(`/api/v1/projects/${project.id}/keys`)).json()) as { publicKey: { value: string } };

  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto(`/u/screener/${screener.id}?key=${keys.publicKey.value}`);
    const tools = page.getByRole("group", { name: /Which tools do you use/ });
    await expect(tools.getByText(/all that apply/i)).toHaveCount(1);
    // without help text of its own, a multiple-choice question still says so
    await expect(page.getByRole("group", { name: /Which of these have you tried/ }).getByText("Select all that apply.")).toHaveCount(1);

    const scale = page.getByRole("group", { name: /How painful is month-end/ });
    const buttons = scale.locator("label");
    await expect(buttons).toHaveCount(5);
    const ends = scale.getByTestId("scale-ends").locator("span");
    await expectNear(ends.first(), buttons.first(), "the lowest label under the first button");
    await expectNear(ends.last(), buttons.last(), "the highest label under the last button");
    await snap(page, testInfo, `screener-${viewport.width}`);
  }
});

/** `label`'s box is under `button`: horizontally overlapping it, and just below it. */
async function expectNear(label: Locator, button: Locator, what: string) {
  const [l, b] = [await label.boundingBox(), await button.boundingBox()];
  expect(l && b, what).toBeTruthy();
  expect(l!.x + l!.width, `${what}: not left of it`).toBeGreaterThan(b!.x);
  expect(l!.x, `${what}: not right of it`).toBeLessThan(b!.x + b!.width);
  expect(l!.y - (b!.y + b!.height), `${what}: just below`).toBeLessThan(24);
}

/** Behaviour events as the SDK sends them: clicks without visible text, a field change, a link. */
async function addUnlabelledEvents(sessionId: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const rows = [
      ["ev-icon", "click", 5_000, { selector: "main > div.toolbar > button.icon:nth-of-type(3)", tag: "button" }],
      ["ev-field", "input_change", 6_000, { selector: "form#billing > input", tag: "input", inputType: "email", name: "email" }],
      ["ev-link", "click", 7_000, { selector: "nav > a:nth-of-type(2)", tag: "a", href: "https://app.acme.example/pricing" }],
    ] as const;
    for (const [clientEventId, type, offsetMs, data] of rows) {
      await client.query(
        `INSERT INTO "SessionEvent" ("id","sessionId","clientEventId","type","offsetMs","url","data") VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [
          `${sessionId}-${clientEventId}`,
          sessionId,
          clientEventId,
          type,
          offsetMs,
          "https://app.acme.example/invoices",
          JSON.stringify(data),
        ],
      );
    }
    // a run with the pipeline's real step ids
    const runId = `${sessionId}-run2`;
    await client.query(
      `INSERT INTO "ProcessingRun" ("id","projectId","sessionId","trigger","status","attempt","startedAt","finishedAt")
       SELECT $1, "projectId", "id", 'reprocess', 'succeeded', 0, now() - interval '1 minute', now() FROM "Session" WHERE "id" = $2`,
      [runId, sessionId],
    );
    const steps = [
      "plan-transcription",
      "transcribe-0",
      "transcribe-1",
      "build-timeline",
      "extract-0",
      "summarize",
      "save-signals",
      "match-tasks",
      "recompute-priorities",
      "finish",
    ];
    for (const [i, name] of steps.entries()) {
      await client.query(
        `INSERT INTO "ProcessingStep" ("id","runId","name","status","startedAt","finishedAt") VALUES ($1,$2,$3,'succeeded', now() - interval '1 minute' + $4 * interval '1 second', now() - interval '1 minute' + ($4 + 1) * interval '1 second')`,
        [`${runId}-${i}`, runId, name, i],
      );
    }
  } finally {
    await client.end();
  }
}

async function openSession(page: Page, projectId: string, sessionId: string) {
  await page.goto(`/projects/${projectId}/sessions/${sessionId}`);
  await expect(page.getByRole("list", { name: "Behaviour events" })).toBeVisible();
}

test("session page: behaviour rows and processing steps read as words, with the raw detail on demand", async ({
  page,
  user: _owner,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Readable sessions");
  const seeded = await seedRecordedSession(project.id);
  await addUnlabelledEvents(seeded.sessionId);
  await page.setViewportSize(DESKTOP);
  await openSession(page, project.id, seeded.sessionId);

  const events = page.getByRole("list", { name: "Behaviour events" });
  const icon = events.getByRole("listitem").filter({ hasText: "0:05" });
  await expect(icon).toContainText("Clicked a button");
  expect(await icon.innerText()).not.toContain("nth-of-type");
  // the selector is there for whoever wants it
  await expect(icon.locator("[title]").filter({ hasText: "Clicked a button" })).toHaveAttribute(
    "title",
    /main > div\.toolbar > button\.icon:nth-of-type\(3\)/,
  );
  await expect(events.getByRole("listitem").filter({ hasText: "0:06" })).toContainText("Edited the “email” field");
  await expect(events.getByRole("listitem").filter({ hasText: "0:07" })).toContainText("Clicked a link to /pricing");
  await expect(events.getByRole("listitem").filter({ hasText: "0:15" })).toContainText("Clicked “Export”");

  const history = page.getByRole("region", { name: "Processing history" });
  const steps = history.getByTestId("processing-step");
  await expect(steps.filter({ hasText: "Transcribe audio (part 1)" })).toHaveCount(1);
  await expect(steps.filter({ hasText: "Transcribe audio (part 2)" })).toHaveCount(1);
  await expect(steps.filter({ hasText: "Find signals (part 1)" })).toHaveCount(1);
  await expect(steps.filter({ hasText: "Link signals to tasks" })).toHaveCount(1);
  await expect(history.getByText("transcribe-0", { exact: true })).toBeHidden();
  await expect(steps.filter({ hasText: "Transcribe audio (part 1)" }).locator("[title]").first()).toHaveAttribute("title", /transcribe-0/);
  await expect(history.getByText("Processing started", { exact: true }).first()).toBeVisible();
  await snap(page, testInfo, "session-1440");
  await history.screenshot({ path: testInfo.outputPath("session-history-1440.png") });
  await events.screenshot({ path: testInfo.outputPath("session-events-1440.png") });

  await page.setViewportSize(PHONE);
  await snap(page, testInfo, "session-390");
});
