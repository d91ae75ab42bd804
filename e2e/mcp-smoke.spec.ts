// The MCP server from the outside: scripts/smoke-mcp.ts (inspector-cli, then the MCP conformance
// suite's server scenarios that apply) against the running production build, with a personal API
// token made through the API like a user would on Account → API tokens.
import { spawnSync } from "node:child_process";
import { createProjectViaApi, expect, test } from "./fixtures";

test("inspector-cli and the conformance suite pass against /api/mcp", async ({ page, user }, testInfo) => {
  test.setTimeout(180_000);
  expect(user.email).toContain("@");
  const project = await createProjectViaApi(page, "MCP smoke");
  const created = await page.request.post("/api/v1/tokens", { data: { name: "MCP smoke" } });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: string };

  const baseUrl = new URL("/", testInfo.project.use.baseURL ?? page.url()).toString();
  const run = spawnSync(
    "node_modules/.bin/tsx",
    ["scripts/smoke-mcp.ts", "--base-url", baseUrl, "--token", token, "--project-id", project.id],
    {
      encoding: "utf8",
      timeout: 150_000,
    },
  );
  await testInfo.attach("smoke-mcp output", { body: run.stdout + run.stderr, contentType: "text/plain" });
  expect(run.stdout).toContain("PASS  tools/list has the ten tools");
  expect(run.stdout).toContain("PASS  conformance server-initialize");
  expect(run.status, run.stdout + run.stderr).toBe(0);
});
