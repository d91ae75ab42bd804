// Journey: a researcher signs in and opens a project with research in it: the overview shows the
// session, signal and task numbers of the data, the weekly charts, signals by type, the task
// pipeline, the top tasks and the newest sessions; an empty project shows how to get started.
import { seedDashboard } from "./dashboard-data";
import { createProjectViaApi, expect, snap, test } from "./fixtures";

// long journeys on a busy machine: several page loads, a second browser context
test.beforeEach(() => test.slow());

test("sign in → the overview shows the project's numbers and charts", async ({ page, user: _owner }, testInfo) => {
  const project = await createProjectViaApi(page, "Checkout research");
  await seedDashboard(project.id, {
    sessions: [
      { participantName: "Ana Lima", status: "completed", processingStatus: "processed", daysAgo: 1 },
      { participantName: "Ben Okafor", status: "completed", processingStatus: "processed", daysAgo: 9 },
      { participantName: "Chen Wei", status: "completed", processingStatus: "processed", daysAgo: 16 },
      { participantName: "Dana Ortiz", status: "completed", processingStatus: "failed", daysAgo: 23 },
      { participantName: "Eli Novak", status: "active", processingStatus: "pending", daysAgo: 0 },
    ],
    signals: [
      { session: 0, type: "struggling_moment", quote: "The CSV export mixes every VAT rate in one column" },
      { session: 1, type: "struggling_moment", quote: "Exporting takes me a whole afternoon" },
      { session: 1, type: "workaround", quote: "I split the column by hand in Excel" },
      { session: 2, type: "desired_outcome", quote: "I want my accountant to import it the first time" },
    ],
    tasks: [
      { title: "Split VAT rates in the CSV export", status: "backlog", score: 72.4, label: "high", signals: [0, 1, 2] },
      { title: "Per-client export", status: "ready", score: 48, label: "medium", signals: [3] },
      { title: "Dark mode", status: "done", score: 91, label: "critical" },
    ],
  });

  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Checkout research" })).toBeVisible();
  await expect(page.getByTestId("stat-sessions")).toHaveText("5");
  await expect(page.getByTestId("stat-completed")).toHaveText("4");
  await expect(page.getByTestId("stat-processed")).toHaveText("3");
  await expect(page.getByTestId("stat-failed")).toHaveText("1");
  await expect(page.getByTestId("stat-signals")).toHaveText("4");
  await expect(page.getByTestId("stat-tasks")).toHaveText("3");

  // the charts are drawn: bars for sessions, an area for signals (and tables for screen readers)
  await expect(page.getByTestId("chart-sessions").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("chart-signals").locator(".recharts-area-area")).toBeVisible();
  await expect(page.getByRole("table", { name: "Sessions per week" })).toHaveCount(1);

  await expect(page.getByTestId("signal-type-struggling_moment")).toContainText("2");
  await expect(page.getByTestId("pipeline-backlog")).toContainText("1");
  await expect(page.getByTestId("pipeline-done")).toContainText("1");
  // top tasks are open work only, highest priority first
  await expect(page.getByTestId("top-task")).toHaveText([
    /Split VAT rates in the CSV export.*high · 72\.4/,
    /Per-client export.*medium · 48\.0/,
  ]);
  await expect(page.getByTestId("recent-session").first()).toContainText("Eli Novak");
  await snap(page, testInfo, "overview");

  // keyboard: the top task is reachable and opens its page
  await page.getByRole("link", { name: "Split VAT rates in the CSV export" }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tasks\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Split VAT rates in the CSV export" })).toBeVisible();
});

test("an empty project's overview explains how to get started", async ({ page, user: _owner }, testInfo) => {
  const project = await createProjectViaApi(page, "Fresh project");
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByTestId("stat-sessions")).toHaveText("0");
  await expect(page.getByRole("heading", { name: "Get started" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Snippet and allowed origins →" })).toHaveAttribute(
    "href",
    `/projects/${project.id}/settings#snippet`,
  );
  await snap(page, testInfo, "overview-empty");
});
