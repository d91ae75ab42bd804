// Journeys: Settings → Privacy. An admin erases a participant and reads the receipt (their session
// is gone, another participant's stays); an admin exports a participant and the whole project and
// downloads both. The e2e Inngest stand-in runs the real erasure and export functions; the page
// follows them by polling, as it would in production.
import fs from "node:fs";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { addProjectMember, seedRecordedSession } from "./research-data";
import { createProjectViaApi, expect, signInWithDevLogin, test, uniqueEmail } from "./fixtures";
import { participantEmailOf, sessionExists } from "./privacy-data";

// the background job and the page's poll: generous on a loaded 2-core machine
const JOB = { timeout: 45_000 };

/**
 * The Privacy section at desktop and phone widths, for people to look at: a clip of the full page
 * taken from the top, so the sticky header is not painted over the section.
 */
async function shoot(page: Page, section: Locator, testInfo: TestInfo, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await section.boundingBox())!;
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true, clip: box });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an admin erases a participant from Settings and sees the receipt", async ({ page, user: _owner }, testInfo) => {
  test.setTimeout(120_000);
  const project = await createProjectViaApi(page, "Erasure study");
  const erased = await seedRecordedSession(project.id, "Dana Ortiz");
  const kept = await seedRecordedSession(project.id, "Lee Park");
  const email = await participantEmailOf(erased.sessionId);

  await page.goto(`/projects/${project.id}/settings#privacy`);
  const privacy = page.locator("section#privacy");
  await expect(privacy.getByRole("heading", { name: "Privacy" })).toBeVisible();
  await expect(privacy.getByTestId("erasure-history")).toContainText("No erasures yet");

  // an address that is not one is caught before anything is asked
  await privacy.getByLabel("Participant's email").fill("dana at example");
  await privacy.getByRole("button", { name: "Erase…" }).click();
  await expect(privacy.getByText("Enter the participant's email address")).toBeVisible();
  await expect(privacy.getByLabel("Participant's email")).toHaveAttribute("aria-invalid", "true");

  await privacy.getByLabel("Participant's email").fill(email.toUpperCase());
  await privacy.getByRole("button", { name: "Erase…" }).click();
  const confirm = page.getByRole("dialog", { name: "Erase this participant's data?" });
  for (const part of ["cannot be undone", "sessions", "recordings", "transcripts", "signals and quotes", "pull-request bodies"])
    await expect(confirm).toContainText(part);
  await expect(confirm).toContainText(email.toUpperCase());
  await page.screenshot({ path: testInfo.outputPath("privacy-erase-confirm.png") });
  await confirm.getByRole("button", { name: "Erase permanently" }).click();
  await expect(confirm).toBeHidden();

  // focus follows the request; its status is announced, then the receipt replaces it
  const current = privacy.getByTestId("erasure-current");
  await expect(current).toBeVisible();
  await expect(page.locator(":focus")).toHaveAttribute("aria-live", "polite");
  const receipt = current.getByTestId("erasure-receipt");
  await expect(receipt).toBeVisible(JOB);
  const removed = receipt.getByRole("table", { name: "Removed, by kind" });
  await expect(removed.getByRole("row", { name: /^Sessions\s+1$/ })).toBeVisible();
  await expect(removed.getByRole("row", { name: /^Signals and their quotes\s+3$/ })).toBeVisible();
  await expect(removed.getByRole("row", { name: /^Screener responses\s+1$/ })).toBeVisible();
  await expect(receipt.getByTestId("erasure-email-hash")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(receipt).toContainText("Git history still keeps earlier versions");
  await expect(receipt).toContainText("git filter-repo");
  await expect(receipt).not.toContainText(email);
  await shoot(page, privacy, testInfo, "privacy-receipt");

  // the receipt is listed, and "did we erase X?" answers from the hash
  const history = privacy.getByTestId("erasure-history");
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("listitem").first()).toContainText("Sessions: 1");
  await history.getByLabel("Did we erase…? (email)").fill(` ${email} `);
  await history.getByRole("button", { name: "Check" }).click();
  await expect(history.getByTestId("erasure-lookup-answer")).toContainText(/^Yes\. .* was erased on/);
  await history.getByLabel("Did we erase…? (email)").fill("someone-else@example.test");
  await history.getByRole("button", { name: "Check" }).click();
  await expect(history.getByTestId("erasure-lookup-answer")).toContainText("No. No erasure of someone-else@example.test");

  // Dana's session is gone; Lee's remains
  expect(await sessionExists(erased.sessionId)).toBe(false);
  expect(await sessionExists(kept.sessionId)).toBe(true);
  await page.goto(`/projects/${project.id}/sessions`);
  const sessions = page.getByRole("table", { name: "Sessions" });
  await expect(sessions.getByRole("row", { name: /Lee Park/ })).toBeVisible();
  await expect(sessions.getByRole("row", { name: /Dana Ortiz/ })).toHaveCount(0);
  await expect(sessions.getByRole("row")).toHaveCount(2); // header + Lee
});

test("an admin exports a participant and the whole project and downloads both", async ({ page, user: _owner }, testInfo) => {
  test.setTimeout(120_000);
  const project = await createProjectViaApi(page, "Export study");
  const seeded = await seedRecordedSession(project.id, "Sam Rivera");
  const email = await participantEmailOf(seeded.sessionId);

  await page.goto(`/projects/${project.id}/settings#privacy`);
  const exportsCard = page.locator("section#privacy").getByTestId("exports");
  await expect(exportsCard).toContainText("No exports yet");

  await exportsCard.getByLabel("Export a participant's data (email)").fill(email);
  await exportsCard.getByRole("button", { name: "Export participant" }).click();
  const status = exportsCard.getByTestId("export-status");
  await expect(page.locator(":focus")).toHaveAttribute("data-testid", "export-status");
  const participantLink = status.getByRole("link", { name: "Download the JSON" });
  await expect(participantLink).toBeVisible(JOB);
  const [participantDownload] = await Promise.all([page.waitForEvent("download"), participantLink.click()]);
  const participantFile = fs.readFileSync((await participantDownload.path())!, "utf8");
  const data = JSON.parse(participantFile) as unknown;
  expect(JSON.stringify(data)).toContain(email);
  expect(participantFile).toContain("the CSV mixes every VAT rate in one column");
  expect(participantFile).not.toContain("Lee Park");

  await exportsCard.getByRole("button", { name: "Export project (zip)" }).click();
  const zipLink = status.getByRole("link", { name: "Download the zip" });
  await expect(zipLink).toBeVisible(JOB);
  const [zipDownload] = await Promise.all([page.waitForEvent("download"), zipLink.click()]);
  expect(zipDownload.suggestedFilename()).toMatch(/\.zip$/);
  const zip = fs.readFileSync((await zipDownload.path())!);
  expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  expect(zip.includes(Buffer.from("sessions.csv"))).toBe(true);

  // both are listed with their status, size and expiry
  const rows = exportsCard.getByRole("table", { name: "Exports" }).getByTestId("export-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Whole project");
  await expect(rows.nth(0)).toContainText("Completed");
  await expect(rows.nth(0)).toContainText(zip.length < 1024 ? `${zip.length} B` : "KB");
  await expect(rows.nth(1)).toContainText("Participant");
  await expect(rows.nth(1).getByRole("link", { name: /^Download/ })).toBeVisible();
  await shoot(page, page.locator("section#privacy"), testInfo, "privacy-exports");
});

test("a member sees the Privacy section as a read-only note", async ({ page, user: _owner, browser }) => {
  const project = await createProjectViaApi(page, "Privacy roles");
  const memberEmail = uniqueEmail("member");
  await addProjectMember(project.id, memberEmail, "member");
  const context = await browser.newContext();
  try {
    const member = await context.newPage();
    await signInWithDevLogin(member, memberEmail);
    await member.goto(`/projects/${project.id}/settings#privacy`);
    const privacy = member.locator("section#privacy");
    await expect(privacy.getByTestId("read-only-note")).toHaveText("Only owners and admins can erase or export participants' data.");
    await expect(privacy.getByRole("button")).toHaveCount(0);
  } finally {
    await context.close();
  }
});
