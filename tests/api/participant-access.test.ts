// The route wrapper's participant side: public-key auth, CORS by the project's allowed origins,
// and rate limits whose counters are shared by separate limiter instances (Postgres and Redis).
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { corsPreflight, route } from "@/lib/http";
import { createRateLimiters } from "@/lib/rate-limit/rate-limiter";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

const echo = route({ auth: "public_key", cors: true }, async ({ principal }) => ({ projectId: principal.projectId }));

async function projectWithOrigins(origins: string[]) {
  const owner = await createOwnerWithProject(db);
  await db.project.update({ where: { id: owner.project.id }, data: { allowedOrigins: origins } });
  return owner;
}

describe("public key", () => {
  it("identifies the project from ?key= or X-UserTests-Key", async () => {
    const { project, publicKey } = await projectWithOrigins([]);
    expect((await callRoute(echo, { path: `/api/sdk/x?key=${publicKey}` })).json).toEqual({ projectId: project.id });
    expect((await callRoute(echo, { headers: { "x-usertests-key": publicKey } })).json).toEqual({ projectId: project.id });
  });

  it("refuses missing, malformed, secret and revoked keys with 401", async () => {
    const { project, publicKey, token } = await projectWithOrigins([]);
    expect((await callRoute(echo, {})).status).toBe(401);
    expect((await callRoute(echo, { path: "/x?key=ut_pub_nope" })).status).toBe(401);
    expect((await callRoute(echo, { path: `/x?key=${token}` })).status).toBe(401);
    await db.projectKey.updateMany({ where: { projectId: project.id, kind: "public" }, data: { revokedAt: new Date() } });
    const res = await callRoute(echo, { path: `/x?key=${publicKey}` });
    expect(res.status).toBe(401);
    expect(res.json.error.message).toBe("Invalid or revoked public key");
  });
});

describe("CORS", () => {
  it("allows the project's origins and the app's own, with CORS headers", async () => {
    const { publicKey } = await projectWithOrigins(["https://shop.example.com"]);
    for (const origin of ["https://shop.example.com", "http://localhost:3000"]) {
      const res = await callRoute(echo, { path: `/x?key=${publicKey}`, headers: { origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    }
  });

  it("refuses other origins with 403 before the handler runs", async () => {
    const { publicKey } = await projectWithOrigins(["https://shop.example.com"]);
    let ran = false;
    const handler = route({ auth: "public_key", cors: true }, async () => {
      ran = true;
      return {};
    });
    const res = await callRoute(handler, { method: "POST", path: `/x?key=${publicKey}`, headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect(res.json.error.message).toContain("https://evil.example is not allowed");
    expect(ran).toBe(false);
  });

  it("answers preflights with the allowed methods and headers", async () => {
    const res = await corsPreflight()(
      new Request("http://localhost:3000/api/sdk/x", { method: "OPTIONS", headers: { origin: "https://shop.example.com" } }),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://shop.example.com");
    expect(res.headers.get("access-control-allow-headers")).toContain("x-usertests-key");
  });
});

describe("rate limits", () => {
  const redis = new Redis("redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
  afterAll(() => redis.quit());

  for (const kind of ["postgres", "redis"] as const) {
    it(`two limiter instances share one ${kind} counter and answer 429 with Retry-After`, async () => {
      const store = kind === "redis" ? ({ kind, client: redis } as const) : ({ kind } as const);
      const a = createRateLimiters(store);
      const b = createRateLimiters(store);
      const ip = `ip-${randomUUID()}`;
      // half the minute's points from each of two "instances" use it up
      const half = LIMITS.screenerSubmitPerIp.points / 2;
      await a.consume("screenerSubmitPerIp", ip, half);
      await b.consume("screenerSubmitPerIp", ip, half);
      const error = await a.consume("screenerSubmitPerIp", ip).catch((e) => e);
      expect(error).toMatchObject({ code: "rate_limited", status: 429 });
      expect(error.retryAfter).toBeGreaterThan(0);
      expect(error.retryAfter).toBeLessThanOrEqual(60);
      // another key is unaffected
      await expect(b.consume("screenerSubmitPerIp", `ip-${randomUUID()}`)).resolves.toBeUndefined();
    });
  }

  it("a route with a rate rule answers 429 with Retry-After and the error shape", async () => {
    const { publicKey } = await projectWithOrigins([]);
    const limited = route({ auth: "public_key", rateLimit: ({ ip }) => [["screenerSubmitPerIp", ip]] }, async () => ({ ok: true }));
    const headers = { "x-forwarded-for": `10.0.0.${Math.floor(Math.random() * 250)}-${randomUUID()}` };
    for (let i = 0; i < LIMITS.screenerSubmitPerIp.points; i++)
      expect((await callRoute(limited, { path: `/x?key=${publicKey}`, headers })).status).toBe(200);
    const res = await callRoute(limited, { path: `/x?key=${publicKey}`, headers });
    expect(res.status).toBe(429);
    expect(res.json.error.code).toBe("rate_limited");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
