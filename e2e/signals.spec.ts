// Signals explorer journey: filter by type and by a quoted phrase, link a signal to a task with the
// keyboard task picker, unlink it, and jump to the signal's moment in its session. A viewer gets no
// link controls and the API refuses their link.
import { createProjectViaApi, expect, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";
import { seedFillerTasks } from "./dashboard-data";
import { addProjectMember, SIGNALS, seedRecordedSession } from "./research-data";

test("filter signals, link one to a task, unlink it, jump to its moment", async ({ page, user: _owner }, testInfo) => {
  test.setTimeout(90_000); // a long journey on a shared machine
  const project = await createProjectViaApi(page, "Signals journey");
  const seeded = await seedRecordedSession(project.id);
  const rows = page.getByTestId("signal-row");

  await page.goto(`/projects/${project.id}/signals`);
  await expect(rows).toHaveCount(3);
  await page.getByLabel("Type").selectOption("workaround");
  await expect(page).toHaveURL(/type=workaround/);
  await expect(rows).toHaveCount(1);
  await page.getByLabel("Type").selectOption("");
  await expect(rows).toHaveCount(3);

  await page.getByLabel("Quote").fill('"by hand"');
  await page.getByLabel("Quote").press("Enter");
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await expect(row).toContainText("I split the column by hand in Excel every month");
  await snap(page, testInfo, "signals-filtered");

  // link through the picker with the keyboard: type to filter, Enter to choose
  await row.getByRole("button", { name: "+ Link to task" }).click();
  const picker = page.getByRole("dialog", { name: "Link to a task" });
  await expect(picker.getByRole("option")).toHaveCount(2);
  await picker.getByLabel("Search tasks").fill("accountant");
  await expect(picker.getByRole("option")).toHaveCount(1);
  await snap(page, testInfo, "signals-task-picker");
  await picker.getByLabel("Search tasks").press("Enter");
  await expect(picker).toBeHidden();
  await expect(row.getByTestId("signal-tasks")).toContainText("Accountant-ready export format");

  // the link is stored: the task filter finds the signal after a reload
  await page.goto(`/projects/${project.id}/signals?taskId=${seeded.taskIds.reminders}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("by hand");
  await snap(page, testInfo, "signals-by-task");
  await rows.first().getByRole("button", { name: "Unlink from Accountant-ready export format" }).click();
  // unlinked: the chip goes at once, and the refreshed list no longer has the signal under this task
  await expect(page.getByRole("button", { name: "Unlink from Accountant-ready export format" })).toHaveCount(0);
  await expect(page.getByText("No signals match these filters")).toBeVisible();

  // jump to the moment: the session opens with the player at the signal
  await page.goto(`/projects/${project.id}/signals?type=workaround`);
  await rows.first().getByTestId("jump-to-moment").click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${seeded.sessionId}\\?t=${SIGNALS[1].offsetMs}$`));
  await expect(page.getByTestId("player")).toHaveAttribute("data-current-ms", String(SIGNALS[1].offsetMs));
  await expect(page.locator('[data-testid="session-signal"][aria-current="true"]')).toContainText("by hand");
});

test("the link picker finds any task by its words, not only the 200 it shows first", async ({ page, user: _owner }) => {
  const project = await createProjectViaApi(page, "Many tasks");
  await seedRecordedSession(project.id);
  await seedFillerTasks(project.id, 220, 99); // all of them rank above the seeded tasks
  await page.goto(`/projects/${project.id}/signals`);
  await page.getByTestId("signal-row").first().getByRole("button", { name: "+ Link to task" }).click();
  const picker = page.getByRole("dialog", { name: "Link to a task" });
  await expect(picker.getByRole("option")).toHaveCount(200);
  await expect(picker.getByRole("option").filter({ hasText: "Accountant-ready export format" })).toHaveCount(0);
  await picker.getByLabel("Search tasks").fill("export accountant");
  await expect(picker.getByRole("option")).toHaveCount(1);
  await expect(picker.getByRole("option")).toContainText("Accountant-ready export format");
});

test("a viewer explores signals without link controls, and the API refuses their link", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Viewer signals");
  const seeded = await seedRecordedSession(project.id);
  const viewerEmail = uniqueEmail("viewer");
  await addProjectMember(project.id, viewerEmail, "viewer");

  const context = await browser.newContext();
  const viewer = await context.newPage();
  await signInWithDevLogin(viewer, viewerEmail);
  await viewer.goto(`/projects/${project.id}/signals`);
  await expect(viewer.getByTestId("signal-row")).toHaveCount(3);
  await expect(viewer.getByRole("button", { name: "+ Link to task" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Unlink from/ })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Split VAT rates in the CSV export" })).toBeVisible();
  const refused = await viewer.request.post(
    `/api/v1/projects/${project.id}/tasks/${seeded.taskIds.reminders}/signals/${seeded.signalIds.struggle}`,
  );
  expect(refused.status()).toBe(403);
  await snap(viewer, testInfo, "signals-as-viewer");
  await context.close();
});
