// Processing for real: a participant's interview ends, the outbox hands `session/completed` to the
// stand-in Inngest server, which runs the app's process-session function through /api/inngest; the
// researcher watches the session page fill in (summary, signals, the tasks they created) without a
// reload. And a session the participant walked away from is ended by the abandon-idle-sessions cron
// function and processed the same way.
import pg from "pg";
import { FAKE_AI_URL } from "../playwright.config";
import { expect, snap, test } from "./fixtures";
import { e2eDatabaseUrl } from "./e2e-database";
import { runCronNow, sessionRuns, waitForRuns } from "./inngest-runs";
import { answerAll, endInterview, publishScreener, qualify } from "./participant";

const ANSWERS = [
  "I run a small design studio and send about twenty invoices a month.",
  "Every month the export to our accounting tool breaks and I fix the VAT column by hand.",
  "I wish my accountant could import the file the first time without calling me.",
];

/** The fake Claude's extraction for this session: two signals in the participant's words, answered after `delayMs`. */
async function scriptExtraction(request: import("@playwright/test").APIRequestContext, marker: string, delayMs: number) {
  const signal = (type: string, quote: string, topic: string) => ({
    type,
    quote,
    topic,
    context: "Month-end close",
    analysis: "Exports block the month-end close.",
    confidence: 0.9,
    intensity: 0.8,
  });
  const res = await request.post(`${FAKE_AI_URL}/__control/claude/when`, {
    data: {
      lastUserIncludes: marker,
      systemIncludes: "You analyse Jobs-to-be-Done interviews",
      times: 5,
      reply: {
        delayMs,
        stopReason: "tool_use",
        content: [
          {
            type: "tool_use",
            name: "record_signals",
            input: {
              signals: [
                signal("workaround", "I fix the VAT column by hand", `VAT column fixed by hand ${marker}`),
                signal("desired_outcome", "my accountant could import the file the first time", `Accountant imports the export ${marker}`),
              ],
            },
          },
        ],
      },
    },
  });
  expect(res.status()).toBe(204);
}

test("an ended interview is processed through Inngest; the researcher sees summary, signals and tasks arrive without a reload", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { project, url } = await publishScreener(page, "Live processing");
  const { context, p, sessionId } = await qualify(browser, url, { name: "Ida Moreno", record: false });
  const marker = `m${Date.now().toString(36)}`;
  // the extraction answers after a few seconds, so the researcher sees the page before and after
  await scriptExtraction(page.request, marker, 8_000);

  await p.getByRole("button", { name: "Start the interview" }).click();
  await expect(p.getByTestId("message").first()).toContainText("Hi Ida Moreno");
  await answerAll(p, [...ANSWERS.slice(0, 2), `${ANSWERS[2]} (${marker})`]);
  await endInterview(p);

  // the researcher opens the session while it is queued or being processed
  await page.goto(`/projects/${project.id}/sessions/${sessionId}`);
  const header = page.getByRole("heading", { level: 1, name: "Ida Moreno" }).locator("xpath=..");
  await expect(header).toBeVisible();
  await expect(header.getByText(/^(pending|processing)$/)).toBeVisible();
  await expect(page.getByText("No signals from this session yet.")).toBeVisible();
  await snap(page, testInfo, "session-processing");
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // …and, without a reload, the pipeline's results appear
  const signals = page.getByTestId("session-signal");
  await expect(signals).toHaveCount(2, { timeout: 60_000 });
  await expect(header.getByText(/^processed$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible();
  await expect(signals.filter({ hasText: "“I fix the VAT column by hand”" })).toContainText(`→ VAT column fixed by hand ${marker}`);
  await expect(signals.filter({ hasText: "“my accountant could import the file the first time”" })).toContainText(
    `→ Accountant imports the export ${marker}`,
  );
  await expect(page.getByTestId("transcript-line").filter({ hasText: ANSWERS[1] })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await snap(page, testInfo, "session-processed");

  // one run, through the real function, with its steps; the tasks exist on the board
  const [run] = await waitForRuns("process-session", sessionRuns(sessionId));
  expect(run).toMatchObject({ status: "completed", event: { name: "session/completed", data: { reason: "ended" } } });
  expect(run.steps.map((s) => s.name)).toEqual(
    expect.arrayContaining(["start", "build-timeline", "analyse", "save-signals", "match-tasks", "finish"]),
  );
  const tasks = (await (await page.request.get(`/api/v1/projects/${project.id}/tasks`)).json()) as {
    tasks: { title: string; signalCount: number }[];
  };
  expect(tasks.tasks.map((t) => t.title).sort()).toEqual([`Accountant imports the export ${marker}`, `VAT column fixed by hand ${marker}`]);
  await context.close();
});

/** Moves everything the session did `hours` into the past, as if the participant had left then. */
async function backdate(sessionId: string, hours: number) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const ago = `${hours} hours`;
    await client.query(`UPDATE "SessionMessage" SET "createdAt" = "createdAt" - $2::interval WHERE "sessionId" = $1`, [sessionId, ago]);
    await client.query(`UPDATE "SessionEvent" SET "createdAt" = "createdAt" - $2::interval WHERE "sessionId" = $1`, [sessionId, ago]);
    await client.query(`UPDATE "MediaChunk" SET "createdAt" = "createdAt" - $2::interval WHERE "sessionId" = $1`, [sessionId, ago]);
    const res = await client.query(
      `UPDATE "Session" SET "startedAt" = "startedAt" - $2::interval, "updatedAt" = "updatedAt" - $2::interval WHERE "id" = $1`,
      [sessionId, ago],
    );
    expect(res.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

test("a participant who walks away: the abandon-idle-sessions cron ends the session and it is processed", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const { project, url } = await publishScreener(page, "Abandoned interview");
  const { context, p, sessionId } = await qualify(browser, url, { name: "Jon Walker", record: false });
  await p.getByRole("button", { name: "Start the interview" }).click();
  await expect(p.getByTestId("message").first()).toContainText("Hi Jon Walker");
  await answerAll(p, [ANSWERS[1]]);
  await context.close(); // the tab is closed mid-interview
  await backdate(sessionId, 3);

  // the scheduled sweep, run now through the stand-in's control API
  const sweep = await runCronNow("abandon-idle-sessions");
  expect(sweep.status).toBe("completed");
  expect((sweep.output as { abandoned: string[] }).abandoned).toContain(sessionId);

  const [run] = await waitForRuns("process-session", sessionRuns(sessionId));
  expect(run).toMatchObject({ status: "completed", event: { name: "session/completed", data: { reason: "abandoned" } } });
  await page.goto(`/projects/${project.id}/sessions/${sessionId}`);
  const header = page.getByRole("heading", { level: 1, name: "Jon Walker" }).locator("xpath=..");
  await expect(header.getByText(/^abandoned$/)).toBeVisible();
  await expect(header.getByText(/^processed$/)).toBeVisible();
  // the fake Claude's offline responder finds the workaround in the one answer given
  await expect(page.getByTestId("session-signal").filter({ hasText: "accounting tool breaks" })).toHaveCount(1);
  await snap(page, testInfo, "abandoned-processed");
});
