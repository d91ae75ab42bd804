// Sharing journey: a member shares a task's evidence from the task page, the link opens in a fresh
// browser without an account and shows the quote (participant numbered, never named) and plays its
// clip; the page sends no Referer and is not indexed; once revoked in Settings the link says so (410).
import { checkPage } from "./axe";
import { createProjectViaApi, expect, snap, test } from "./fixtures";
import { seedRecordedSession, SIGNALS } from "./research-data";

test("a member shares a task's evidence; a stranger reads it and plays the clip until the link is revoked", async ({
  page,
  browser,
  user: _owner,
}, testInfo) => {
  test.setTimeout(120_000);
  const project = await createProjectViaApi(page, "Sharing journey");
  const seeded = await seedRecordedSession(project.id, "Dana Ortiz");

  // the task page: Share → choose the expiry → the URL, once
  await page.goto(`/projects/${project.id}/tasks/${seeded.taskIds.export}`);
  await page.getByTestId("share-open").click();
  const dialog = page.getByRole("dialog", { name: "Share by link" });
  await dialog.getByLabel("Link works for").selectOption("7");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const url = await dialog.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/share\/ut_shr_[A-Za-z0-9_-]{43}$/);
  await snap(page, testInfo, "share-dialog");
  await dialog.getByRole("button", { name: "Done" }).click();

  // the same clip plays inline on the task page (authenticated media routes)
  await page.getByTestId("evidence-item").first().getByTestId("play-clip").click();
  const inlineAudio = page.getByTestId("evidence-item").first().getByTestId("clip-audio");
  await expect.poll(() => inlineAudio.evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 15_000 }).toBeGreaterThan(9.2);

  // a fresh browser, signed in to nothing
  const context = await browser.newContext();
  const stranger = await context.newPage();
  const response = await stranger.goto(new URL(url).pathname);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(stranger.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(stranger.getByTestId("shared-title")).toHaveText("Split VAT rates in the CSV export");
  const quote = stranger.getByTestId("shared-quote");
  await expect(quote).toHaveCount(1);
  await expect(quote).toContainText(SIGNALS[0].quote);
  await expect(quote).toContainText("Participant 1");
  await expect(quote).toContainText("at 0:14");
  await expect(stranger.locator("body")).not.toContainText("Dana");
  await expect(stranger.locator("body")).not.toContainText("@example.test");

  // the clip: from 5 s before the moment (14 s), within its 20 s segment
  await quote.getByTestId("play-clip").click();
  const audio = quote.getByTestId("clip-audio");
  await expect(audio).toHaveAttribute("src", /\/api\/share\/ut_shr_[^/]+\/clips\/[^/]+\/audio#t=9\.00,20\.00$/);
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 15_000 }).toBeGreaterThan(9.5);
  expect(await audio.evaluate((el: HTMLAudioElement) => el.played.length)).toBeGreaterThan(0);
  await audio.evaluate((el: HTMLAudioElement) => el.pause());
  await checkPage(stranger, testInfo, "shared-evidence", async () => {
    await expect(stranger.getByTestId("shared-title")).toBeVisible();
  });

  // revoked in Settings → the link answers 410 with a page that says so
  await page.goto(`/projects/${project.id}/settings#shared-links`);
  const row = page.getByTestId("share-link-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Split VAT rates in the CSV export");
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: /Revoke/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke link" }).click();
  await expect(row).toContainText("Revoked");
  await snap(page, testInfo, "shared-links-settings");

  const gone = await stranger.goto(new URL(url).pathname);
  expect(gone?.status()).toBe(410);
  await expect(stranger.getByTestId("share-unavailable")).toHaveText("This link was revoked");
  expect(gone!.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await checkPage(stranger, testInfo, "shared-evidence-revoked");
  const unknown = await stranger.goto("/share/ut_shr_doesnotexist");
  expect(unknown?.status()).toBe(404);
  await context.close();
});
