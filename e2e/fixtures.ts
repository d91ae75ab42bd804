// Shared helpers for the journeys. Every test uses its own users (unique emails) and projects, so
// specs run in parallel and never depend on each other or on the seed.
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";

let counter = 0;
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 7)}@e2e.test`;
}

/**
 * Signs the page's browser context in with the development login, without the UI:
 * GET /api/auth/csrf, then POST the Credentials callback; the session cookie lands in the context.
 */
export async function signInWithDevLogin(page: Page, email: string): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok()).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/dev", {
    form: { csrfToken, email, callbackUrl: "/projects" },
    maxRedirects: 0,
  });
  expect(res.status(), "the dev login answers with a redirect").toBe(302);
  expect(res.headers()["location"]).not.toContain("error=");
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  expect(session?.user?.email).toBe(email);
}

/** Creates a project through the API as the page's signed-in user. */
export async function createProjectViaApi(page: Page, name: string): Promise<{ id: string; name: string }> {
  const res = await page.request.post("/api/v1/projects", { data: { name } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { project: { id: string; name: string } }).project;
}

/** Creates an invitation through the API; returns the accept link's path (/invite/…). */
export async function inviteViaApi(page: Page, projectId: string, email: string, role: "admin" | "member" | "viewer"): Promise<string> {
  const res = await page.request.post(`/api/v1/projects/${projectId}/invitations`, { data: { email, role } });
  expect(res.status()).toBe(201);
  const { acceptUrl } = (await res.json()) as { acceptUrl: string };
  return new URL(acceptUrl).pathname;
}

/** A full-page screenshot in the test's output folder (test-results/…), for people to look at. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0)); // otherwise the sticky header is captured mid-page
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

type Fixtures = {
  /** The page, signed in as a fresh user; the fixture's value is that user's email. */
  user: { email: string };
};

export const test = base.extend<Fixtures>({
  user: async ({ page }, provide) => {
    const email = uniqueEmail("owner");
    await signInWithDevLogin(page, email);
    await provide({ email });
  },
});

export { expect };
