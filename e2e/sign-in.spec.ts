// Journey: signing in and out, and route protection.
import type { Page } from "@playwright/test";
import { createProjectViaApi, expect, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";
import { linkIn, waitForMail } from "./mail";

test("an unauthenticated visit to /projects redirects to the sign-in page", async ({ page }) => {
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/signin(\?|$)/);
  await expect(page.getByRole("heading", { name: "Sign in to UserTests" })).toBeVisible();
});

test("a signed-out deep link comes back to the same page after signing in", async ({ page, browser }) => {
  // someone shares a settings link with a teammate who is signed out
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  const email = uniqueEmail("deep-link");
  await signInWithDevLogin(ownerPage, email);
  const project = await createProjectViaApi(ownerPage, "Deep link");
  await owner.close();

  await page.goto(`/projects/${project.id}/settings`);
  await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Fprojects%2F${project.id}%2Fsettings$`));
  const devForm = page.getByRole("form", { name: "Development login" });
  await devForm.getByLabel("Email").fill(email);
  await devForm.getByRole("button", { name: "Sign in (development)" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/settings$`));
  await expect(page.getByRole("heading", { level: 1, name: "Deep link" })).toBeVisible();
  await expect(page.getByRole("form", { name: "General settings" })).toBeVisible();
});

test("an unauthenticated visit to the home page goes to sign-in, API calls get 401", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  const res = await page.request.get("/api/v1/projects");
  expect(res.status()).toBe(401);
});

test("the development login form signs in, shows the user, and sign-out ends the session", async ({ page }, testInfo) => {
  await page.goto("/signin");
  const devForm = page.getByRole("form", { name: "Development login" });
  await expect(devForm.getByLabel("Email")).toHaveValue("demo@usertests.dev");
  await snap(page, testInfo, "signin");

  const email = uniqueEmail("form-login");
  await devForm.getByLabel("Email").fill(email);
  await devForm.getByRole("button", { name: "Sign in (development)" }).click();

  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByTestId("current-user-email")).toHaveText(email);
  await expect(page.getByText("No projects yet")).toBeVisible();
  await snap(page, testInfo, "projects-empty");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/signin/);
});

/** The sign-in link from the mail the app sent to `email` (the suite's SMTP catcher, e2e/mail.ts). */
async function mailedSignInLink(email: string): Promise<string> {
  const mail = await waitForMail(email);
  return linkIn(mail.text, "http");
}

async function requestSignInLink(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByRole("form", { name: "Email sign-in link" }).getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
}

test("requesting a sign-in link by email sends it to the address and says where it went", async ({ page }, testInfo) => {
  const email = uniqueEmail("magic-link");
  await requestSignInLink(page, email);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("Open the email on this device and click the link")).toBeVisible();
  await snap(page, testInfo, "check-email");
  expect(await mailedSignInLink(email)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/auth\/callback\/email\?/);
});

test("following the emailed sign-in link signs the user in", async ({ page }) => {
  const email = uniqueEmail("magic-link-follow");
  await requestSignInLink(page, email);
  // Next's NextURL rewrites loopback addresses (127.0.0.1) to "localhost" in route handlers, so
  // Auth.js's callback answers for http://localhost:<port> and sets its cookie there. A real
  // deployment has a real hostname; here the link is followed on localhost, as a developer would.
  const link = new URL(await mailedSignInLink(email));
  link.hostname = "localhost";
  await page.goto(link.toString());
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/projects$/);
  await expect(page.getByTestId("current-user-email")).toHaveText(email);
  // the link works once
  await page.context().clearCookies();
  await page.goto(link.toString());
  await expect(page).toHaveURL(/\/signin\?error=Verification/);
  await expect(page.getByText("That sign-in link is invalid or has expired.")).toBeVisible();
});

test("Auth.js errors passed as ?error= are explained", async ({ page }) => {
  await page.goto("/signin?error=Verification");
  await expect(page.getByText("That sign-in link is invalid or has expired. Request a new one below.")).toBeVisible();
});
