// Journey: personal API tokens — create (shown once), use with the API, revoke.
import { expect, snap, test } from "./fixtures";

test("create a personal API token, use it, and revoke it", async ({ page, user }, testInfo) => {
  await page.goto("/projects");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "Personal API tokens" })).toBeVisible();
  await expect(page.getByText("You have no API tokens yet.")).toBeVisible();

  await page.getByLabel("Token name").fill("Laptop CLI");
  await page.getByLabel("Expires after").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const value = page.getByLabel("New API token");
  await expect(value).toHaveText(/^ut_pat_/);
  const token = (await value.textContent())!;
  await expect(page.getByRole("row", { name: /Laptop CLI/ })).toContainText("Active");
  await snap(page, testInfo, "api-tokens");

  // the token works as a bearer credential, as the signed-in user
  const me = await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { user: { email: string } }).user.email).toBe(user.email);

  // the same token connects a coding agent: the page gives the commands with this server's MCP address
  const mcpEndpoint = new URL("/api/mcp", page.url()).toString();
  await expect(page.getByRole("region", { name: "Claude Code commands" })).toContainText(`--transport http usertests ${mcpEndpoint}`);
  await expect(page.getByRole("region", { name: "Cursor configuration (.cursor/mcp.json)" })).toContainText(`"url": "${mcpEndpoint}"`);
  const listed = await page.request.post("/api/mcp", {
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json, text/event-stream" },
    data: { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} },
  });
  expect(listed.status()).toBe(200);
  expect(JSON.stringify(await listed.json())).toContain("get_task");

  await page.getByRole("button", { name: "I've saved it" }).click();
  await page.getByRole("button", { name: "Revoke Laptop CLI" }).click();
  await page
    .getByRole("dialog", { name: /Revoke “Laptop CLI”/ })
    .getByRole("button", { name: "Revoke token" })
    .click();
  await expect(page.getByRole("row", { name: /Laptop CLI/ })).toContainText("Revoked");

  const after = await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});

test("an empty token name is reported next to the field", async ({ page, user }) => {
  await page.goto("/account/tokens");
  await expect(page.getByTestId("current-user-email")).toHaveText(user.email);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Name is required")).toBeVisible();
});
