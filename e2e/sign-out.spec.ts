// Signing out ends the session on the server: a copy of the cookie taken before stops working at
// once, and "Sign out everywhere" on the account page ends every browser's session.
import type { Browser, BrowserContext } from "@playwright/test";
import { expect, signInWithDevLogin, test, uniqueEmail } from "./fixtures";

/** Another browser holding a copy of this context's cookies (a stolen or synced cookie). */
async function copyOf(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(await context.cookies());
  return copy;
}

test("Sign out ends the session: a copied cookie no longer opens the dashboard or the API", async ({ browser, page, user }) => {
  const copy = await copyOf(browser, page.context());
  // the copy works while the session is open
  expect((await copy.request.get("/api/v1/me")).status()).toBe(200);

  await page.goto("/projects");
  await expect(page.getByTestId("current-user-email")).toHaveText(user.email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  expect((await copy.request.get("/api/v1/me")).status()).toBe(401);
  const stale = await copy.newPage();
  await stale.goto("/projects");
  await expect(stale).toHaveURL(/\/signin/);
  await copy.close();
});

test("Sign out everywhere ends every browser's session, this one included", async ({ browser, page }) => {
  const email = uniqueEmail("everywhere");
  await signInWithDevLogin(page, email);
  // a second browser signed in separately as the same person
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await signInWithDevLogin(laptopPage, email);
  expect((await laptop.request.get("/api/v1/me")).status()).toBe(200);

  await page.goto("/account/tokens");
  await expect(page.getByRole("heading", { name: "Signed-in browsers" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);

  expect((await laptop.request.get("/api/v1/me")).status()).toBe(401);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await laptop.close();
});
