// Browser login for `usertests auth login` (OAuth 2.0 for native apps, RFC 8252 + PKCE RFC 7636):
// the CLI listens on 127.0.0.1, opens the app's authorize page with a random `state` and an S256
// code challenge; the signed-in user approves; the page redirects to the loopback with a one-time
// code, which the CLI exchanges (with the code verifier) for a personal API token.
//
// Server contract (see docs/runbook.md, "CLI login"):
//   GET  /cli/authorize?redirect_uri=http://127.0.0.1:<port>/callback&state=…&code_challenge=…
//        &code_challenge_method=S256&token_name=…   (page; the user approves, then 302 to
//        redirect_uri?code=…&state=…, or redirect_uri?error=access_denied&state=…)
//   POST /api/v1/cli/token { code, code_verifier, redirect_uri } → 201 { apiToken, token: "ut_pat_…" }
import { spawn } from "node:child_process";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import type { ApiClient } from "./client";
import { ApiError, CliError, EXIT } from "./errors";

export const AUTHORIZE_PATH = "/cli/authorize";
export const TOKEN_PATH = "/api/v1/cli/token";

export function pkcePair() {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge };
}

/** Whether the server offers browser login: the token endpoint answers (400 for an empty body) instead of a missing route. */
export async function browserLoginAvailable(api: ApiClient): Promise<boolean> {
  try {
    await api.request("POST", TOKEN_PATH, { body: {}, auth: false });
    return true;
  } catch (e) {
    if (e instanceof ApiError) return !e.routeMissing;
    throw e;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const PAGE = (title: string, text: string) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><body style="font-family:system-ui;max-width:32rem;margin:4rem auto"><h1>${title}</h1><p>${text}</p></body>`;

export interface BrowserLoginOptions {
  api: ApiClient;
  openBrowser: boolean;
  timeoutMs: number;
  /** where to tell the user what to do (stderr) */
  notify(text: string): void;
}

export async function browserLogin(options: BrowserLoginOptions): Promise<string> {
  const state = randomBytes(16).toString("base64url");
  const { verifier, challenge } = pkcePair();

  let settle!: (result: { code: string } | { error: string }) => void;
  const outcome = new Promise<{ code: string } | { error: string }>((resolve) => (settle = resolve));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/callback") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const gotState = url.searchParams.get("state") ?? "";
    if (!safeEqual(gotState, state)) {
      // someone else's redirect (or a stale tab): refuse it and keep waiting for ours
      res
        .writeHead(400, { "content-type": "text/html; charset=utf-8" })
        .end(PAGE("Login refused", "This login link does not match the one the CLI started. Run <code>usertests auth login</code> again."));
      return;
    }
    const error = url.searchParams.get("error");
    const code = url.searchParams.get("code");
    if (error || !code) {
      res
        .writeHead(400, { "content-type": "text/html; charset=utf-8" })
        .end(PAGE("Login cancelled", "The CLI was not authorized. You can close this tab."));
      settle({ error: error ?? "no code in the redirect" });
      return;
    }
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(PAGE("UserTests CLI authorized", "You can close this tab and return to the terminal."));
    settle({ code });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", () => resolve()));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;

  try {
    const authorizeUrl = options.api.url(AUTHORIZE_PATH, {
      redirect_uri: redirectUri,
      state,
      code_challenge: challenge,
      code_challenge_method: "S256",
      token_name: `CLI on ${os.hostname()}`.slice(0, 100),
    });
    options.notify(`Open this page to authorize the CLI (waiting up to ${Math.round(options.timeoutMs / 1000)} s):\n\n  ${authorizeUrl}\n`);
    if (options.openBrowser) tryOpen(authorizeUrl);

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new CliError("Timed out waiting for the browser login", EXIT.failure, ["Run `usertests auth login` again, or use --token."]),
          ),
        options.timeoutMs,
      );
    });
    const result = await Promise.race([outcome, timeout]).finally(() => clearTimeout(timer));
    if ("error" in result) throw new CliError(`Login was not authorized (${result.error})`, EXIT.notAuthenticated);

    const exchanged = await options.api.post<{ token?: string }>(
      TOKEN_PATH,
      { code: result.code, code_verifier: verifier, redirect_uri: redirectUri },
      { auth: false },
    );
    if (!exchanged?.token) throw new CliError("The server did not return a token");
    return exchanged.token;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function tryOpen(url: string): void {
  const [cmd, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // no browser here (SSH, CI): the URL is printed
  }
}
