// The route wrapper's contract: error shape, statuses, body handling, session cookies and CSRF.
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { POST as createProject } from "@/app/api/v1/projects/route";
import { GET as me } from "@/app/api/v1/me/route";
import { PATCH as patchProject } from "@/app/api/v1/projects/[projectId]/route";
import * as mySessions from "@/app/api/v1/me/sessions/route";
import { endWebSession, openWebSession } from "@/lib/account/web-sessions";
import { db } from "@/lib/db";
import { route } from "@/lib/http";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

/** The cookie Auth.js sets at sign-in: a JWT naming a server-side session record (lib/auth.ts jwt callback). */
async function sessionCookie(userId: string, sid?: string) {
  const value = await encode({
    token: { sub: userId, sid: sid ?? (await openWebSession({ userId })) },
    secret: process.env.AUTH_SECRET!,
    salt: "authjs.session-token",
  });
  return `authjs.session-token=${value}`;
}

describe("request bodies", () => {
  it("malformed JSON is a 400 and creates nothing", async () => {
    const { token, user } = await createOwnerWithProject(db);
    const res = await callRoute(createProject, {
      method: "POST",
      token,
      rawBody: "{name:",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: { code: "bad_request", message: "Request body is not valid JSON" } });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("a non-JSON content type is a 415", async () => {
    const { token } = await createOwnerWithProject(db);
    const res = await callRoute(createProject, {
      method: "POST",
      token,
      rawBody: "name=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(415);
    expect(res.json.error.code).toBe("unsupported_media_type");
  });

  it("an oversize body is refused from Content-Length with 413", async () => {
    const { token } = await createOwnerWithProject(db);
    const big = JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) });
    const res = await callRoute(createProject, {
      method: "POST",
      token,
      rawBody: big,
      headers: { "content-type": "application/json", "content-length": String(big.length) },
    });
    expect(res.status).toBe(413);
  });

  it("an anonymous caller is refused with 401 before any parameter is validated", async () => {
    const { GET: listSessions } = await import("@/app/api/v1/projects/[projectId]/sessions/route");
    const res = await callRoute(listSessions, { path: "/api/v1/projects/x/sessions?bogus=1&limit=-5", params: { projectId: "x" } });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthorized");
    expect(JSON.stringify(res.json)).not.toContain("bogus");
  });

  it("missing and mistyped fields are a 400 with per-field details", async () => {
    const { token } = await createOwnerWithProject(db);
    const res = await callRoute(createProject, { method: "POST", token, body: { description: 5, extra: true } });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("validation_failed");
    expect(res.json.error.details.fields).toHaveProperty("name");
    expect(res.json.error.details.fields).toHaveProperty("description");
  });
});

describe("unexpected failures", () => {
  it("are answered generically, without internals", async () => {
    const handler = route({ auth: "public" }, async () => {
      throw new Error('relation "Secret" does not exist at /work/lib/x.ts:1');
    });
    const res = await callRoute(handler);
    expect(res.status).toBe(500);
    expect(res.json).toEqual({ error: { code: "internal", message: "Something went wrong on our side" } });
  });

  it("a database that is down gives 503 with Retry-After on API routes and /api/health", async () => {
    vi.resetModules();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    try {
      const health = await import("@/app/api/health/route");
      const healthRes = await health.GET();
      expect(healthRes.status).toBe(503);
      expect(await healthRes.json()).toMatchObject({ status: "degraded", components: { database: { status: "down" } } });

      const projects = await import("@/app/api/v1/projects/route");
      const res = await callRoute(projects.GET, { token: "ut_pat_whatever" });
      expect(res.status).toBe(503);
      expect(res.json.error.code).toBe("service_unavailable");
      expect(res.headers.get("retry-after")).toBe("5");
      expect(JSON.stringify(res.json)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      process.env.DATABASE_URL = previous;
      vi.resetModules();
    }
  });

  it("/api/health is 200 when the database answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: "ok",
      components: {
        database: { status: "ok" },
        outbox: { status: "ok", backlog: expect.any(Number), oldestAgeSeconds: expect.any(Number) },
        storage: { status: "ok", driver: "local" },
      },
      configured: { anthropic: expect.any(Boolean), openai: expect.any(Boolean), github: "per project (development key)" },
    });
    // which credentials are set is reported, never their values
    expect(JSON.stringify(body)).not.toMatch(/sk-|ut_sec_|test-secret/);
  });
});

describe("session cookies", () => {
  it("authenticate the user", async () => {
    const { user } = await createOwnerWithProject(db);
    const res = await callRoute(me, { headers: { cookie: await sessionCookie(user.id) } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ kind: "user", via: "session", user: { id: user.id } });
  });

  it("a session of a deleted user is not accepted", async () => {
    const { user } = await createOwnerWithProject(db);
    const cookie = await sessionCookie(user.id);
    await db.user.delete({ where: { id: user.id } });
    expect((await callRoute(me, { headers: { cookie } })).status).toBe(401);
  });

  it("a cookie is accepted only while its server-side session is open: signing out ends it, copies included", async () => {
    const { user } = await createOwnerWithProject(db);
    const laptopSid = await openWebSession({ userId: user.id });
    const laptop = await sessionCookie(user.id, laptopSid);
    const copied = laptop; // someone copied the cookie
    const phone = await sessionCookie(user.id);
    // a cookie minted before sessions were recorded (no sid) is not accepted
    const legacy = `authjs.session-token=${await encode({ token: { sub: user.id }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" })}`;
    expect((await callRoute(me, { headers: { cookie: legacy } })).status).toBe(401);

    await endWebSession(laptopSid); // "Sign out" on the laptop
    expect((await callRoute(me, { headers: { cookie: copied } })).status).toBe(401);
    expect((await callRoute(me, { headers: { cookie: phone } })).status).toBe(200);

    // "Sign out everywhere" from the phone ends the phone's session too
    const listed = await callRoute(mySessions.GET, { headers: { cookie: phone } });
    expect(listed.json.sessions).toHaveLength(1);
    const ended = await callRoute(mySessions.DELETE, { method: "DELETE", headers: { cookie: phone, origin: "http://localhost:3000" } });
    expect(ended.status).toBe(200);
    expect(ended.json).toEqual({ ended: 1 });
    expect((await callRoute(me, { headers: { cookie: phone } })).status).toBe(401);
    expect(await db.webSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuse cross-site writes (CSRF) but accept same-origin ones", async () => {
    const { user, project } = await createOwnerWithProject(db);
    const cookie = await sessionCookie(user.id);
    const params = { projectId: project.id };
    const evil = await callRoute(patchProject, {
      method: "PATCH",
      params,
      body: { name: "pwned" },
      headers: { cookie, origin: "https://evil.example" },
    });
    expect(evil.status).toBe(403);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).name).toBe(project.name);
    const ok = await callRoute(patchProject, {
      method: "PATCH",
      params,
      body: { name: "Renamed" },
      headers: { cookie, origin: "http://localhost:3000" },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.project.name).toBe("Renamed");
  });
});
