// `usertests auth login` through the browser (RFC 8252 loopback + PKCE): the real CLI in a child
// process, the real POST /api/v1/cli/token handler, and the approval the /cli/authorize page performs
// (approveCliLogin, the page's server action; the page itself is driven in e2e/cli-login.spec.ts).
// The test plays the browser: it opens the URL the CLI prints and follows the redirect back to the
// CLI's loopback listener.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveCliLogin, denyCliLogin } from "@/lib/cli-auth/approve-cli-login";
import { cliAuthorizeQuery } from "@/lib/cli-auth/schemas";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { type AppServer, startAppServer } from "./helpers/app-server";
import { createCliRunner } from "./helpers/run-cli";

let app: AppServer;
let legacy: AppServer;
let owner: Awaited<ReturnType<typeof createOwnerWithProject>>;
let decision: "approve" | "deny" = "approve";

beforeAll(async () => {
  owner = await createOwnerWithProject(db, { email: "browser-login@cli.test" });
  app = await startAppServer({
    extraRoutes: [
      {
        // what the page does once the signed-in owner clicks Authorize (or Cancel)
        method: "GET",
        path: "/cli/authorize",
        handler: async (req) => {
          const request = cliAuthorizeQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
          const location = decision === "approve" ? await approveCliLogin({ userId: owner.user.id, request }) : denyCliLogin(request);
          return new Response(null, { status: 302, headers: { location } });
        },
      },
    ],
  });
  // a server from before browser login: the token route is missing
  legacy = await startAppServer({
    extraRoutes: [
      {
        method: "POST",
        path: "/api/v1/cli/token",
        handler: () => new Response("<!doctype html><h1>404</h1>", { status: 404, headers: { "content-type": "text/html" } }),
      },
    ],
  });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await legacy?.close();
});

/** Runs `auth login` without a token and acts as the user's browser on the URL it prints. */
async function loginThroughBrowser(baseUrl: string) {
  const cli = await createCliRunner();
  let browsed: Promise<Response> | undefined;
  let printed = "";
  const login = cli.run(["auth", "login", "--no-browser", "--timeout", "20", "--base-url", baseUrl], {
    spawn: true,
    onStderr: (chunk) => {
      printed += chunk;
      const url = printed.match(/(http:\/\/127\.0\.0\.1:\d+\/cli\/authorize\?\S+)/)?.[1];
      if (url && !browsed) {
        browsed = (async () => {
          const page = await fetch(url, { redirect: "manual" });
          const location = page.headers.get("location");
          expect(page.status).toBe(302);
          return fetch(location!); // back to the CLI's loopback listener
        })();
      }
    },
  });
  const result = await login;
  return { cli, result, callback: await browsed };
}

describe("CLI browser login", () => {
  it("approving in the browser gives the CLI a working personal token, bound to the user", async () => {
    decision = "approve";
    const { cli, result, callback } = await loginThroughBrowser(app.url);
    try {
      expect(result.code, result.stderr).toBe(0);
      expect(callback?.status).toBe(200);
      const whoami = await cli.run(["auth", "whoami", "--json"], { spawn: true });
      expect(whoami.code, whoami.stderr).toBe(0);
      expect(whoami.json).toMatchObject({ kind: "user", user: { email: "browser-login@cli.test" } });
      const tokens = await db.apiToken.findMany({ where: { userId: owner.user.id, name: { startsWith: "CLI on " } } });
      expect(tokens).toHaveLength(1);
      const codes = await db.cliAuthorization.findMany({ where: { userId: owner.user.id } });
      expect(codes.every((c) => c.usedAt !== null)).toBe(true);
    } finally {
      cli.cleanup();
    }
  }, 60_000);

  it("refusing in the browser stops the CLI with 'not authenticated' and creates no token", async () => {
    decision = "deny";
    const before = await db.apiToken.count({ where: { userId: owner.user.id } });
    const { cli, result } = await loginThroughBrowser(app.url);
    try {
      expect(result.code).toBe(3);
      expect(result.stderr).toContain("access_denied");
      expect(await db.apiToken.count({ where: { userId: owner.user.id } })).toBe(before);
    } finally {
      cli.cleanup();
    }
  }, 60_000);

  it("explains how to log in with a token when the server has no browser login (exit 2)", async () => {
    const cli = await createCliRunner();
    try {
      const login = await cli.run(["auth", "login", "--base-url", legacy.url], { spawn: true });
      expect(login.code).toBe(2);
      expect(login.stderr).toContain("Account → API tokens");
      expect(login.stderr).toContain(`${legacy.url}/account/tokens`);
    } finally {
      cli.cleanup();
    }
  }, 60_000);
});
