// Security headers in a real browser against the production build: the policies are on the pages,
// pages still hydrate under the strict CSP (their scripts carry the nonce), the dashboard refuses
// to be framed by another site, and participant pages keep the microphone.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createProjectViaApi, expect, test } from "./fixtures";

test("pages carry CSP with a nonce, Permissions-Policy, nosniff and Referrer-Policy; scripts still run", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/signin");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // a nonce is fresh on every request
  const again = await page.request.get("/signin");
  expect(again.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);
  expect(await page.evaluate(() => [...document.scripts].filter((s) => s.src || s.textContent).every((s) => s.nonce))).toBe(true);
  expect(violations).toEqual([]);
});

test("a signed-in dashboard page hydrates under the policy: client components work, nothing is refused", async ({ page, user: _owner }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const project = await createProjectViaApi(page, "CSP check");
  await page.goto(`/projects/${project.id}/screeners`);
  // a client-side control: the create dialog opens only once React has hydrated the page
  await page
    .getByRole("button", { name: /create your first screener|new screener/i })
    .first()
    .click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(violations).toEqual([]);
});

test("participant pages may use the microphone; the API answers nosniff too", async ({ request }) => {
  const res = await request.get("/u/screener/does-not-exist?key=ut_pub_x");
  expect(res.headers()["permissions-policy"]).toContain("microphone=(self)");
  expect(res.headers()["permissions-policy"]).toContain("display-capture=(self)");
  expect(res.headers()["content-security-policy"]).not.toContain("frame-ancestors");
  expect((await request.get("/api/health")).headers()["x-content-type-options"]).toBe("nosniff");
});

test("another site cannot frame the dashboard", async ({ page, baseURL }) => {
  // a page on another origin that tries to show the dashboard in an iframe
  const site = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><title>Evil</title><iframe id="f" src="${baseURL}/signin" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  try {
    const blocked = page
      .waitForEvent("console", {
        predicate: (m) => /frame-ancestors|X-Frame-Options|refused to (display|connect)/i.test(m.text()),
        timeout: 10_000,
      })
      .catch(() => null);
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // the framed document never becomes the sign-in page
    await expect
      .poll(async () => (frame ? await frame.evaluate(() => document.title).catch(() => "") : ""))
      .not.toMatch(/Sign in|UserTests/);
    expect(await blocked).not.toBeNull();
  } finally {
    site.close();
  }
});
