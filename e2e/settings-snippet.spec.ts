// The settings page's snippet panel: the tags it shows, pasted as they are into a page on the
// customer's own origin, load the SDK with the project's key and record a session there.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createProjectViaApi, expect, snap, test } from "./fixtures";

test.beforeEach(() => test.slow());

test("the snippet shown in settings works when pasted into a site on an allowed origin", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  let html = "";
  const site = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  try {
    const project = await createProjectViaApi(page, "Snippet site");
    await page.goto(`/projects/${project.id}/settings#snippet`);
    const panel = page.locator("#snippet");
    await expect(panel.getByText("No site is allowed yet")).toBeVisible();

    // allow the site in General; the snippet panel lists it after saving
    const general = page.getByRole("form", { name: "General settings" });
    await general.getByLabel("Allowed SDK origins").fill(origin);
    await general.getByRole("button", { name: "Save changes" }).click();
    await expect(general.getByText("Changes saved.")).toBeVisible();
    await expect(panel.getByTestId("allowed-origins")).toHaveText(origin);

    const snippet = (await panel.getByTestId("sdk-snippet").textContent())!;
    expect(snippet).toMatch(/^<script src="http:\/\/127\.0\.0\.1:\d+\/sdk\.js" data-project-key="ut_pub_[\w-]+" async><\/script>/);
    await expect(panel.getByRole("button", { name: "Copy" }).first()).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    await snap(page, testInfo, "settings-snippet");

    // the customer's page: the snippet exactly as shown, then the site's own record button
    html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body>
<button id="record" onclick="UserTests.start({ audio: false, screen: false }).then((r) => (document.getElementById('status').textContent = 'Recording ' + r.sessionId), (e) => (document.getElementById('status').textContent = 'Refused: ' + e.message))">Record</button>
<p id="status" role="status"></p>
${snippet}
</body></html>`;
    const context = await browser.newContext();
    const visitor = await context.newPage();
    await visitor.goto(origin);
    await expect.poll(() => visitor.evaluate(() => typeof (window as unknown as { UserTests?: unknown }).UserTests)).toBe("object");
    await visitor.getByRole("button", { name: "Record" }).click();
    await expect(visitor.getByRole("status")).toHaveText(/^Recording \S+$/);
    const sessionId = (await visitor.getByRole("status").textContent())!.replace("Recording ", "");
    await context.close();

    const detail = await page.request.get(`/api/v1/projects/${project.id}/sessions/${sessionId}`);
    expect(detail.status()).toBe(200);
  } finally {
    await new Promise<void>((resolve) => site.close(() => resolve()));
  }
});
