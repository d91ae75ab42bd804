// Journey: `usertests auth login` in the browser. The test stands in for the CLI: a loopback listener
// receives the redirect from /cli/authorize, and the code is exchanged with the PKCE verifier.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, snap, test } from "./fixtures";

/** The CLI's side: a listener on 127.0.0.1 that records the query of the first /callback it gets. */
async function loopbackListener() {
  let resolve!: (query: URLSearchParams) => void;
  const received = new Promise<URLSearchParams>((r) => (resolve = r));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    res.writeHead(200, { "content-type": "text/html" }).end("<h1>UserTests CLI authorized</h1>");
    if (url.pathname === "/callback") resolve(url.searchParams);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { redirectUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`, received, close: () => server.close() };
}

function authorizeUrl(redirectUri: string, challenge: string, state: string) {
  return `/cli/authorize?${new URLSearchParams({ redirect_uri: redirectUri, state, code_challenge: challenge, code_challenge_method: "S256", token_name: "CLI on e2e-laptop" })}`;
}

test("authorize the CLI: the code reaches the loopback listener and buys a working token", async ({ page, user }, testInfo) => {
  const cli = await loopbackListener();
  try {
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    await page.goto(authorizeUrl(cli.redirectUri, challenge, "state-e2e-1"));
    await expect(page.getByRole("heading", { name: "Authorize the UserTests CLI" })).toBeVisible();
    await expect(page.getByTestId("cli-token-name")).toHaveText("CLI on e2e-laptop");
    await expect(page.getByText(user.email)).toBeVisible();
    await snap(page, testInfo, "cli-authorize");
    await page.getByRole("button", { name: "Authorize" }).click();

    const query = await cli.received;
    expect(query.get("state")).toBe("state-e2e-1");
    const code = query.get("code")!;
    expect(code).toMatch(/^ut_cli_/);
    await expect(page.getByRole("heading", { name: "UserTests CLI authorized" })).toBeVisible();

    const exchanged = await page.request.post("/api/v1/cli/token", {
      data: { code, code_verifier: verifier, redirect_uri: cli.redirectUri },
    });
    expect(exchanged.status()).toBe(201);
    const { token } = (await exchanged.json()) as { token: string };
    const me = await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(user.email);

    // the same code cannot be used twice
    const replay = await page.request.post("/api/v1/cli/token", { data: { code, code_verifier: verifier, redirect_uri: cli.redirectUri } });
    expect(replay.status()).toBe(400);
  } finally {
    cli.close();
  }
});

test("cancel sends access_denied back to the CLI; a foreign redirect URI is refused on the page", async ({
  page,
  user: _user,
}, testInfo) => {
  const cli = await loopbackListener();
  try {
    await page.goto(authorizeUrl(cli.redirectUri, "c".repeat(43), "state-e2e-2"));
    await page.getByRole("button", { name: "Cancel" }).click();
    const query = await cli.received;
    expect(Object.fromEntries(query)).toEqual({ error: "access_denied", state: "state-e2e-2" });
    // let the browser finish landing on the listener's page before navigating again
    await expect(page).toHaveURL(/\/callback\?error=access_denied/);
    await page.waitForLoadState("load");
  } finally {
    cli.close();
  }
  await page.goto(authorizeUrl("https://evil.example/callback", "c".repeat(43), "state-e2e-3"));
  await expect(page.getByRole("heading", { name: "This login link is not valid" })).toBeVisible();
  await expect(page.getByTestId("cli-authorize-problems")).toContainText("redirect_uri");
  await expect(page.getByRole("button", { name: "Authorize" })).toHaveCount(0);
  await snap(page, testInfo, "cli-authorize-invalid");
});

test("signed out, the authorize page sends the user to sign in and back", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(authorizeUrl("http://127.0.0.1:5999/callback", "c".repeat(43), "state-e2e-4"));
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcli%2Fauthorize/);
  await context.close();
});
