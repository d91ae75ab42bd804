// POST /api/v1/cli/token: the last leg of the CLI's browser login. A code works once, only with the
// PKCE verifier of the challenge it was issued for, only for the same loopback redirect URI, and only
// for two minutes; every refusal is a 400 in the usual error shape and creates no token.
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as exchange } from "@/app/api/v1/cli/token/route";
import { GET as me } from "@/app/api/v1/me/route";
import { approveCliLogin, denyCliLogin } from "@/lib/cli-auth/approve-cli-login";
import { cliAuthorizeQuery, isLoopbackCallback } from "@/lib/cli-auth/schemas";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/security/secret-tokens";
import { createUser } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

const REDIRECT = "http://127.0.0.1:51234/callback";

async function issue(overrides: { redirect_uri?: string } = {}) {
  const user = await createUser(db, {});
  const verifier = randomBytes(32).toString("base64url");
  const request = cliAuthorizeQuery.parse({
    redirect_uri: overrides.redirect_uri ?? REDIRECT,
    state: "state-1234",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    token_name: "CLI on laptop",
  });
  const callback = new URL(await approveCliLogin({ userId: user.id, request }));
  return { user, verifier, code: callback.searchParams.get("code")!, callback };
}

const post = (body: unknown) =>
  callRoute(exchange, {
    method: "POST",
    path: "/api/v1/cli/token",
    body,
    headers: { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  });

describe("CLI token exchange", () => {
  it("trades an approved code and its verifier for a personal token of the approving user, once", async () => {
    const { user, verifier, code, callback } = await issue();
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get("state")).toBe("state-1234");
    expect(code).toMatch(/^ut_cli_/);
    // stored hashed only
    expect(await db.cliAuthorization.count({ where: { codeHash: hashSecret(code) } })).toBe(1);
    expect(await db.cliAuthorization.count({ where: { codeHash: code } })).toBe(0);

    const res = await post({ code, code_verifier: verifier, redirect_uri: REDIRECT });
    expect(res.status).toBe(201);
    expect(res.json.token).toMatch(/^ut_pat_/);
    expect(res.json.apiToken).toMatchObject({ name: "CLI on laptop" });
    const whoami = await callRoute(me, { token: res.json.token });
    expect(whoami.json).toMatchObject({ kind: "user", user: { id: user.id } });

    const again = await post({ code, code_verifier: verifier, redirect_uri: REDIRECT });
    expect(again.status).toBe(400);
    expect(again.json.error.code).toBe("validation_failed");
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a wrong verifier, another redirect URI, an expired or unknown code, and creates no token", async () => {
    const { user, verifier, code } = await issue();
    const wrongVerifier = await post({ code, code_verifier: randomBytes(32).toString("base64url"), redirect_uri: REDIRECT });
    expect(wrongVerifier.status).toBe(400);
    const otherRedirect = await post({ code, code_verifier: verifier, redirect_uri: "http://127.0.0.1:40000/callback" });
    expect(otherRedirect.status).toBe(400);
    const unknown = await post({ code: "ut_cli_nope", code_verifier: verifier, redirect_uri: REDIRECT });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toBe(wrongVerifier.json.error.message); // nothing tells the checks apart

    await db.cliAuthorization.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await post({ code, code_verifier: verifier, redirect_uri: REDIRECT });
    expect(expired.status).toBe(400);
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("lets exactly one of two simultaneous exchanges of the same code through", async () => {
    const { user, verifier, code } = await issue();
    const results = await Promise.all([1, 2, 3].map(() => post({ code, code_verifier: verifier, redirect_uri: REDIRECT })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400]);
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it("answers the CLI's empty probe with a 400 validation error, and rejects non-loopback redirect URIs", async () => {
    const probe = await post({});
    expect(probe.status).toBe(400);
    expect(probe.json.error.code).toBe("validation_failed");
    const evil = await post({ code: "ut_cli_x", code_verifier: "a".repeat(43), redirect_uri: "https://evil.example/callback" });
    expect(evil.status).toBe(400);
    expect(evil.json.error.details).toBeDefined();
  });

  it("only accepts the CLI's own loopback listener as a redirect, and sends refusals back with the state", () => {
    expect(isLoopbackCallback("http://127.0.0.1:8765/callback")).toBe(true);
    for (const bad of [
      "https://127.0.0.1:8765/callback",
      "http://localhost:8765/callback",
      "http://127.0.0.1/callback",
      "http://127.0.0.1:8765/other",
      "http://127.0.0.1:8765/callback?x=1",
      "http://u:p@127.0.0.1:8765/callback",
      "javascript:alert(1)",
    ]) {
      expect(isLoopbackCallback(bad), bad).toBe(false);
    }
    const request = cliAuthorizeQuery.parse({
      redirect_uri: REDIRECT,
      state: "abcdefgh",
      code_challenge: "x".repeat(43),
      code_challenge_method: "S256",
    });
    const denied = new URL(denyCliLogin(request));
    expect(Object.fromEntries(denied.searchParams)).toEqual({ error: "access_denied", state: "abcdefgh" });
    expect(
      cliAuthorizeQuery.safeParse({
        redirect_uri: REDIRECT,
        state: "abcdefgh",
        code_challenge: "x".repeat(43),
        code_challenge_method: "plain",
      }).success,
    ).toBe(false);
  });
});
