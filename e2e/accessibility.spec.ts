// Accessibility of every page (README "Accessibility"): axe-core's WCAG 2.1 A/AA rules at 1280×800 and
// 390×844 on each dashboard page (with research in it, empty, filtered to nothing, refused filters, an
// open dialog, not found, signed out) and each participant page (screener, screened out, lobby,
// interview, completion); no page scrolls sideways on a phone (390 and 320 px); after each step
// change of the participant flow, focus is on the new heading.
// Phone-width screenshots of every page land in the test's output folder (test-results/…).
import type { Page } from "@playwright/test";
import { checkPage, DESKTOP, PHONE } from "./axe";
import { seedDashboard } from "./dashboard-data";
import { createProjectViaApi, expect, snap, test, uniqueEmail } from "./fixtures";
import { answer, publishScreener, QUESTION } from "./participant";
import { seedRecordedSession } from "./research-data";

// a fake microphone the browser grants without a prompt, for the lobby's check
test.use({
  launchOptions: async ({ launchOptions }, provide) =>
    provide({
      ...launchOptions,
      args: [...(launchOptions.args ?? []), "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
    }),
});

// many page loads and two scans of each on a busy machine
test.beforeEach(() => test.setTimeout(180_000));

/** The page's h1 is on screen (the page has rendered). */
const heading = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name });

/** A project with a published screener, a recorded session and a board's worth of sessions, signals and tasks. */
async function seedResearch(page: Page) {
  const { project, url } = await publishScreener(page, "Checkout research");
  const screenerId = new URL(url, "http://x").pathname.split("/").pop()!;
  const seeded = await seedRecordedSession(project.id);
  await seedDashboard(project.id, {
    sessions: [
      { participantName: "Ana Lima", status: "completed", processingStatus: "processed", daysAgo: 1 },
      { participantName: "Ben Okafor", status: "completed", processingStatus: "failed", daysAgo: 9 },
      { participantName: "Eli Novak", status: "active", processingStatus: "pending", daysAgo: 0 },
    ],
    signals: [
      { session: 0, type: "struggling_moment", quote: "Exporting takes me a whole afternoon", offsetMs: 83_000 },
      { session: 1, type: "workaround", quote: "I split the column by hand in Excel" },
    ],
    tasks: [
      { title: "Per-client export", status: "backlog", score: 72.4, label: "high", signals: [0, 1] },
      { title: "Automatic payment reminders", status: "ready", score: 48, label: "medium" },
      { title: "Invoices in several currencies", status: "in_progress", score: 30, label: "low" },
      { title: "Dark mode", status: "done", score: 91, label: "critical" },
    ],
  });
  return { base: `/projects/${project.id}`, screenerId, seeded };
}

test("dashboard pages with research in them: projects, overview, sessions, a session, signals", async ({
  page,
  user: _owner,
}, testInfo) => {
  const { base, seeded } = await seedResearch(page);

  await page.goto("/projects");
  await checkPage(page, testInfo, "projects", () => expect(heading(page, "Projects")).toBeVisible());

  await page.goto(base);
  await checkPage(page, testInfo, "overview", () => expect(page.getByTestId("stat-sessions")).toHaveText("4"));

  await page.goto(`${base}/sessions`);
  await checkPage(page, testInfo, "sessions", () => expect(page.getByText("Ana Lima").first()).toBeVisible());
  // on a phone the table scrolls inside its card: a named tab stop that the arrow keys scroll, and it says so
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  const scroller = page.getByRole("region", { name: "Sessions", exact: true });
  await expect(scroller).toHaveAttribute("tabindex", "0");
  await expect(page.getByTestId("scroll-hint")).toHaveText(/Scroll sideways to see every column/);
  await scroller.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => scroller.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
  await expect(scroller).not.toHaveAttribute("tabindex"); // everything fits: no needless tab stop

  await page.goto(`${base}/sessions/${seeded.sessionId}`);
  await checkPage(page, testInfo, "session", () => expect(heading(page, seeded.participant)).toBeVisible());

  await page.goto(`${base}/signals`);
  await checkPage(page, testInfo, "signals", () => expect(page.getByText("Exporting takes me a whole afternoon")).toBeVisible());
});

test("dashboard pages with research in them: board, a task, screeners, builder, settings, API tokens", async ({
  page,
  user: _owner,
}, testInfo) => {
  const { base, screenerId, seeded } = await seedResearch(page);

  await page.goto(`${base}/tasks`);
  await checkPage(page, testInfo, "tasks-board", () => expect(page.getByText("Per-client export").first()).toBeVisible());

  await page.goto(`${base}/tasks/${seeded.taskIds.export}`);
  await checkPage(page, testInfo, "task", () =>
    expect(page.getByRole("heading", { name: "Split VAT rates in the CSV export" })).toBeVisible(),
  );

  await page.goto(`${base}/screeners`);
  await checkPage(page, testInfo, "screeners", () => expect(page.getByText("Invoicing interviews").first()).toBeVisible());

  await page.goto(`${base}/screeners/${screenerId}`);
  await checkPage(page, testInfo, "screener-builder", () => expect(page.getByText(QUESTION).first()).toBeVisible());

  await page.goto(`${base}/settings`);
  await checkPage(page, testInfo, "settings", () => expect(page.getByRole("heading", { name: "Snippet" }).first()).toBeVisible());

  // a new token: its one-time value on screen and its row in the table
  await page.goto("/account/tokens");
  await page.getByLabel("Token name").fill("Laptop CLI");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("New API token")).toBeVisible();
  await checkPage(page, testInfo, "api-tokens", () => expect(page.getByRole("row", { name: /Laptop CLI/ })).toBeVisible());
});

test("empty dashboard pages, an open dialog, CLI login, not found and signed out", async ({ page, user: _owner, browser }, testInfo) => {
  const project = await createProjectViaApi(page, "Fresh project");
  const base = `/projects/${project.id}`;

  await page.goto(base);
  await checkPage(page, testInfo, "overview-empty", () => expect(page.getByRole("heading", { name: "Get started" })).toBeVisible());

  for (const tab of ["sessions", "signals", "tasks", "screeners"]) {
    await page.goto(`${base}/${tab}`);
    await checkPage(page, testInfo, `${tab}-empty`, () => expect(heading(page, "Fresh project")).toBeVisible());
  }

  // a filter that matches nothing, and one the page refuses
  await page.goto(`${base}/sessions?q=nobody-by-this-name`);
  await checkPage(page, testInfo, "sessions-no-matches", () => expect(page.getByText("No sessions match these filters")).toBeVisible());
  await page.goto(`${base}/sessions?status=not-a-status`);
  await checkPage(page, testInfo, "sessions-invalid-filter", () => expect(heading(page, "Fresh project")).toBeVisible());

  await page.goto(`${base}/screeners`);
  await page.getByRole("button", { name: "Create your first screener" }).click();
  const dialog = page.getByRole("dialog", { name: "New screener" });
  await checkPage(page, testInfo, "dialog-new-screener", () => expect(dialog).toBeVisible());

  await page.goto(`${base}/tasks/task_does_not_exist`);
  await checkPage(page, testInfo, "task-not-found", () => expect(page.locator("main h1, main h2").first()).toBeVisible());

  // the CLI's browser login asks to authorize a token (nothing listens on the loopback address: the page is only looked at)
  const authorize = new URLSearchParams({
    redirect_uri: "http://127.0.0.1:5999/callback",
    state: "a11y-state-1",
    code_challenge: "c".repeat(43),
    code_challenge_method: "S256",
    token_name: "CLI on a11y-laptop",
  });
  await page.goto(`/cli/authorize?${authorize}`);
  await checkPage(page, testInfo, "cli-authorize", () => expect(page.getByRole("button", { name: "Cancel" })).toBeVisible());

  await page.goto("/invite/ut_inv_doesnotexist0000000000");
  await checkPage(page, testInfo, "invitation-not-found", () =>
    expect(page.getByRole("heading", { name: "Invitation not found" })).toBeVisible(),
  );

  await page.goto("/no-such-page");
  await checkPage(page, testInfo, "not-found", () => expect(heading(page, "Page not found")).toBeVisible());

  const signedOut = await (await browser.newContext()).newPage();
  await signedOut.goto("/signin");
  await checkPage(signedOut, testInfo, "signin", () => expect(signedOut.getByRole("heading", { level: 1 })).toBeVisible());
  await signedOut.goto("/signin/check-email");
  await checkPage(signedOut, testInfo, "signin-check-email", () => expect(signedOut.getByRole("heading", { level: 1 })).toBeVisible());
  await signedOut.context().close();
});

test("participant pages; focus follows each step", async ({ page, user: _owner, browser }, testInfo) => {
  const { url } = await publishScreener(page, "Participant pages");
  const context = await browser.newContext({ permissions: ["microphone"] });
  const p = await context.newPage();

  // the public screener, then screened out: the result is announced and focus moves to it
  await p.goto(url);
  const question = p.getByRole("group", { name: new RegExp(QUESTION) });
  await checkPage(p, testInfo, "screener", () => expect(question).toBeVisible());
  await question.getByLabel("Never", { exact: true }).check();
  await p.getByRole("textbox", { name: "Name" }).fill("Sam Screened");
  await p.getByRole("textbox", { name: "Email" }).fill(uniqueEmail("participant"));
  await p.getByRole("button", { name: "Submit answers" }).click();
  const result = p.getByTestId("screener-disqualified");
  await expect(result).toBeVisible();
  await expect(p.locator(":focus")).toHaveAttribute("tabindex", "-1");
  await expect(result.getByRole("heading").first()).toBeFocused();
  await expect(result.locator("xpath=ancestor-or-self::*[@role='status' or @role='alert' or @aria-live]")).not.toHaveCount(0);
  await checkPage(p, testInfo, "screener-disqualified", () => expect(result).toBeVisible());

  // qualify (a fresh visit) into the lobby, start: focus moves to the interview's heading
  await p.goto(url);
  await p
    .getByRole("group", { name: new RegExp(QUESTION) })
    .getByLabel("Weekly", { exact: true })
    .check();
  await p.getByRole("textbox", { name: "Name" }).fill("Ada Participant");
  await p.getByRole("textbox", { name: "Email" }).fill(uniqueEmail("participant"));
  await p.getByRole("button", { name: "Submit answers" }).click();
  await expect(p).toHaveURL(/\/u\/interview\//);
  const lobby = p.getByTestId("interview-lobby");
  await checkPage(p, testInfo, "lobby", () => expect(lobby.getByRole("button", { name: "Start the interview" })).toBeVisible());
  await lobby.getByRole("button", { name: "Start the interview" }).click();
  const room = p.getByTestId("interview-room");
  await expect(room.getByTestId("message").first()).toContainText("Hi Ada Participant");
  await expect(room.getByRole("heading", { level: 1 })).toBeFocused();
  await answer(p, "I send about twenty invoices a month and the export breaks every time.");
  await expect(room.getByTestId("message")).toHaveCount(3);
  await expect(p.getByTestId("streaming-reply")).toHaveCount(0);
  await checkPage(p, testInfo, "interview", () => expect(room.getByLabel("Your answer")).toBeVisible());

  await room.getByRole("button", { name: "End interview" }).click();
  const end = p.getByRole("dialog", { name: "End the interview?" });
  await checkPage(p, testInfo, "dialog-end-interview", () => expect(end).toBeVisible());
  await end.getByRole("button", { name: "End interview" }).click();
  await expect(p).toHaveURL(/\/u\/complete\//);
  await checkPage(p, testInfo, "completion", () =>
    expect(p.getByRole("heading", { name: "Thanks — your interview is saved" })).toBeVisible(),
  );
  await snap(p, testInfo, "completion-final");

  // a broken link explains itself
  await p.goto("/u/interview/nope?key=ut_pub_wrong");
  await checkPage(p, testInfo, "participant-link-not-valid", () =>
    expect(p.getByRole("heading", { name: "This link is not valid" })).toBeVisible(),
  );
  await context.close();
});
