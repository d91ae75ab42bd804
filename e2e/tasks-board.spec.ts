// Journeys on the task board: drag a task from Backlog to Ready with the mouse and it stays there
// after a reload (with the move in its history); move one with the keyboard alone; a failed save
// puts the card back and says why; a viewer sees the board and task pages without edit controls,
// and the API refuses their edits.
import type { Locator, Page } from "@playwright/test";
import { seedDashboard } from "./dashboard-data";
import { createProjectViaApi, expect, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";
import { addProjectMember } from "./research-data";

// long journeys on a busy machine: several page loads, a second browser context
test.beforeEach(() => test.slow());

const EXPORT = "Split VAT rates in the CSV export";
const REMINDERS = "Automatic payment reminders";
const CURRENCY = "Invoices in several currencies";

async function seedBoard(projectId: string) {
  return seedDashboard(projectId, {
    sessions: [
      { participantName: "Ana Lima", status: "completed", processingStatus: "processed", daysAgo: 2 },
      { participantName: "Ben Okafor", status: "completed", processingStatus: "processed", daysAgo: 5 },
    ],
    signals: [
      { session: 0, type: "struggling_moment", quote: "The CSV export mixes every VAT rate in one column", offsetMs: 83_000 },
      { session: 1, type: "workaround", quote: "I split the column by hand in Excel", offsetMs: 12_500 },
      { session: 1, type: "desired_outcome", quote: "I want reminders to go out without me" },
    ],
    tasks: [
      { title: EXPORT, status: "backlog", score: 72.4, label: "high", signals: [0, 1] },
      { title: REMINDERS, status: "backlog", score: 41, label: "medium", signals: [2] },
      { title: CURRENCY, status: "ready", score: 30, label: "low" },
    ],
  });
}

const column = (page: Page, status: string) => page.getByTestId(`column-${status}`);
const card = (scope: Page | Locator, title: string) => scope.getByTestId("task-card").filter({ hasText: title });

/** A real pointer drag: press on the card (not its link), move in steps, release over the column. */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.getByTestId("card-counts").boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 5, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + 90, { steps: 15 });
  await page.mouse.up();
}

const isTaskPatch = (url: string, method: string) => method === "PATCH" && /\/api\/v1\/projects\/[^/]+\/tasks\/[^/]+$/.test(url);

test("drag a task from Backlog to Ready: it stays there after a reload, and its history shows the move", async ({
  page,
  user: _owner,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Board research");
  const { taskIds, sessionIds } = await seedBoard(project.id);
  await page.goto(`/projects/${project.id}/tasks`);
  await expect(column(page, "backlog").getByTestId("column-total")).toHaveText("2");
  const exportCard = card(column(page, "backlog"), EXPORT);
  await expect(exportCard).toContainText("high · 72.4");
  await expect(exportCard.getByTestId("card-counts")).toHaveText("2 signals2 sessions");
  await snap(page, testInfo, "board-before");

  const saved = page.waitForResponse((r) => isTaskPatch(r.url(), r.request().method()));
  await drag(page, exportCard, column(page, "ready"));
  expect((await saved).status()).toBe(200);
  await expect(card(column(page, "ready"), EXPORT)).toBeVisible();
  await expect(column(page, "ready").getByTestId("column-total")).toHaveText("2");
  await expect(column(page, "backlog").getByTestId("column-total")).toHaveText("1");

  await page.reload();
  await expect(card(column(page, "ready"), EXPORT)).toBeVisible();
  await expect(card(column(page, "backlog"), EXPORT)).toHaveCount(0);
  // cards in a column are ordered by priority
  await expect(column(page, "ready").getByTestId("task-card").first()).toContainText(EXPORT);
  await snap(page, testInfo, "board-after-drag");

  // the task page: breakdown, evidence with links to the moment, and the move in the history
  await card(column(page, "ready"), EXPORT).getByRole("link", { name: EXPORT }).click();
  await expect(page).toHaveURL(`/projects/${project.id}/tasks/${taskIds[0]}`);
  await expect(page.getByTestId("task-status")).toHaveText("Ready");
  await expect(page.getByTestId("history-item").first()).toContainText("Backlog → Ready");
  await expect(page.getByTestId("factor-frequency")).toContainText("72.4");
  await expect(page.getByRole("link", { name: "Listen at 1:23" })).toHaveAttribute(
    "href",
    `/projects/${project.id}/sessions/${sessionIds[0]}?t=83000`,
  );
  await snap(page, testInfo, "task-detail");

  // edit fields: the effort and the title are saved
  const form = page.getByRole("form", { name: "Edit task" });
  await form.getByLabel("Effort").selectOption("m");
  await form.getByLabel("Title").fill(`${EXPORT} by rate`);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Changes saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: `${EXPORT} by rate` })).toBeVisible();
  await expect(page.getByText("effort M")).toBeVisible();
});

/**
 * Focuses a card's handle and presses Space; answers once the board listens for arrow keys. Each
 * step waits for the screen-reader announcement, as a keyboard user hears it. dnd-kit's keyboard
 * sensor adds its keydown listener in a setTimeout(0) after the pick-up, so a timer of our own,
 * queued after the announcement, runs only once that listener is in place.
 */
async function pickUp(page: Page, title: string, column: string) {
  await page.getByRole("button", { name: `Move “${title}”` }).focus();
  await page.keyboard.press("Space");
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(`“${title}” is over ${column}.`);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

test("keyboard: pick a card up from its handle, move it with the arrow keys, drop it", async ({ page, user: _owner }) => {
  const project = await createProjectViaApi(page, "Keyboard board");
  await seedBoard(project.id);
  await page.goto(`/projects/${project.id}/tasks`);
  const announcer = page.locator('[id^="DndLiveRegion"]');
  await pickUp(page, REMINDERS, "Backlog");
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toHaveText(`“${REMINDERS}” is over Ready.`);
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toHaveText(`“${REMINDERS}” is over In progress.`);
  const saved = page.waitForResponse((r) => isTaskPatch(r.url(), r.request().method()));
  await page.keyboard.press("Space");
  const response = await saved;
  expect(response.status()).toBe(200);
  expect(response.request().postDataJSON()).toEqual({ status: "in_progress" });
  await expect(card(column(page, "in_progress"), REMINDERS)).toBeVisible();
  await page.reload();
  await expect(card(column(page, "in_progress"), REMINDERS)).toBeVisible();

  // Escape cancels a move
  await pickUp(page, CURRENCY, "Ready");
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toHaveText(`“${CURRENCY}” is over In progress.`);
  await page.keyboard.press("Escape");
  await expect(announcer).toHaveText(`Moving “${CURRENCY}” was cancelled.`);
  await expect(card(column(page, "ready"), CURRENCY)).toBeVisible();
});

test("a move the server refuses is rolled back and explained", async ({ page, user: _owner }, testInfo) => {
  const project = await createProjectViaApi(page, "Rollback board");
  await seedBoard(project.id);
  await page.goto(`/projects/${project.id}/tasks`);
  await page.route(/\/api\/v1\/projects\/[^/]+\/tasks\/[^/]+$/, (route) =>
    route.request().method() === "PATCH"
      ? route.fulfill({ status: 500, json: { error: { code: "internal", message: "Something went wrong on our side" } } })
      : route.fallback(),
  );
  await drag(page, card(column(page, "ready"), CURRENCY), column(page, "in_progress"));
  await expect(page.getByRole("alert").filter({ hasText: "Could not move" })).toContainText(
    `Could not move “${CURRENCY}” to In progress: Something went wrong on our side`,
  );
  await expect(card(column(page, "ready"), CURRENCY)).toBeVisible();
  await expect(card(column(page, "in_progress"), CURRENCY)).toHaveCount(0);
  await expect(column(page, "ready").getByTestId("column-total")).toHaveText("1");
  await snap(page, testInfo, "board-rollback");
  await page.unroute(/\/api\/v1\/projects\/[^/]+\/tasks\/[^/]+$/);
  await page.reload();
  await expect(card(column(page, "ready"), CURRENCY)).toBeVisible();
});

test("a viewer sees the board and the task without edit controls, and the API refuses their edits", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Viewer board");
  const { taskIds } = await seedBoard(project.id);
  const viewerEmail = uniqueEmail("viewer");
  await addProjectMember(project.id, viewerEmail, "viewer");

  const context = await browser.newContext();
  const viewer = await context.newPage();
  await signInWithDevLogin(viewer, viewerEmail);
  await viewer.goto(`/projects/${project.id}/tasks`);
  await expect(card(column(viewer, "backlog"), EXPORT)).toBeVisible();
  await expect(viewer.getByRole("button", { name: /^Move “/ })).toHaveCount(0);
  await expect(viewer.getByText("You can read the board; members move tasks.")).toBeVisible();
  // nothing is draggable, and a drag attempt sends nothing and moves nothing
  await expect(viewer.locator('[aria-roledescription="draggable"]')).toHaveCount(0);
  const patches: string[] = [];
  viewer.on("request", (r) => {
    if (isTaskPatch(r.url(), r.method())) patches.push(r.url());
  });
  await drag(viewer, card(column(viewer, "backlog"), EXPORT), column(viewer, "ready"));
  await viewer.reload();
  await expect(card(column(viewer, "backlog"), EXPORT)).toBeVisible();
  expect(patches).toEqual([]);
  await snap(viewer, testInfo, "board-viewer");

  await viewer.goto(`/projects/${project.id}/tasks/${taskIds[0]}`);
  await expect(viewer.getByRole("heading", { level: 2, name: EXPORT })).toBeVisible();
  await expect(viewer.getByRole("form", { name: "Edit task" })).toHaveCount(0);
  await expect(viewer.locator("main input, main textarea, main select")).toHaveCount(0);

  const refused = await viewer.request.patch(`/api/v1/projects/${project.id}/tasks/${taskIds[0]}`, { data: { status: "ready" } });
  expect(refused.status()).toBe(403);
  await context.close();
});
