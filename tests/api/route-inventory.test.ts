// Every exported handler under app/api/**/route.ts goes through route() with a readable declaration
// (or is listed with the reason it cannot), its path parameters are its folder's, and every route
// that names a project declares the access it needs. The permission matrix
// (tests/api/permissions.test.ts) is generated from the same list, so a new route is in it at once.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { corsPreflight, route } from "@/lib/http";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";
import { checkRouteModule, loadRoutes, NOT_WRAPPED } from "../helpers/route-inventory";

const inventory = await loadRoutes();

describe("route inventory", () => {
  it("every exported handler is a declared route() with its folder's params, and every project route has an access level", () => {
    expect(inventory.problems).toEqual([]);
    const projectRoutes = inventory.routes.filter((r) => r.path.startsWith("/api/v1/projects/[projectId]"));
    expect(projectRoutes.length).toBeGreaterThan(50);
    for (const r of projectRoutes) expect(r.declaration.access, r.key).toMatch(/^(view|work|admin|owner)$/);
    // and only project routes have one: elsewhere there is no project to check it against
    for (const r of inventory.routes.filter((x) => !x.path.includes("[projectId]"))) expect(r.declaration.access, r.key).toBeUndefined();
  });

  it("lists the participant routes as public-key routes whose bodies the wrapper reads", () => {
    const byKey = new Map(inventory.routes.map((r) => [r.key, r.declaration]));
    expect(byKey.get("POST /api/sdk/sessions/[sessionId]/events")).toMatchObject({ auth: "public_key", body: "beacon", cors: true });
    expect(byKey.get("PUT /api/sdk/sessions/[sessionId]/chunks/[kind]/[index]")).toMatchObject({ auth: "public_key", body: "stream" });
    expect(byKey.get("POST /api/webhooks/github")).toMatchObject({ auth: "public", body: "text" });
    // voice interviews (#18): a spoken turn is raw audio; speech is fetched with a signed token next to the public key
    expect(byKey.get("POST /api/sdk/sessions/[sessionId]/voice/turns")).toMatchObject({
      auth: "public_key",
      body: "stream",
      cors: true,
      rateLimited: true,
    });
    expect(byKey.get("GET /api/sdk/sessions/[sessionId]/voice/speech")).toMatchObject({
      auth: "public_key",
      body: "none",
      rateLimited: true,
    });
    expect(byKey.get("POST /api/sdk/sessions/[sessionId]/voice/prompt")).toMatchObject({ auth: "public_key", body: "json", cors: true });
    // a participant's follow-up link and the opt-out link in their mail: the token is the credential
    expect(byKey.get("POST /api/v1/follow-up/[token]/start")).toMatchObject({ auth: "public", params: ["token"], rateLimited: true });
    expect(byKey.get("POST /api/v1/opt-out/[token]")).toMatchObject({ auth: "public", params: ["token"], rateLimited: true });
    // a share link's clips are served to whoever holds the link: the token is the credential (lib/sharing)
    expect(byKey.get("GET /api/share/[token]/clips/[signalId]/[kind]")).toMatchObject({
      auth: "public",
      params: ["token", "signalId", "kind"],
    });
  });

  it("lists the task verification (Did it work?, ADR 017) as a viewer route", () => {
    const byKey = new Map(inventory.routes.map((r) => [r.key, r.declaration]));
    expect(byKey.get("GET /api/v1/projects/[projectId]/tasks/[taskId]/verification")).toMatchObject({ auth: "principal", access: "view" });
  });

  it("lists every webhook and Slack route as admin-only (URLs and secrets are credentials)", () => {
    const integrations = inventory.routes.filter((r) => /^\/api\/v1\/projects\/\[projectId\]\/(webhooks|slack)(\/|$)/.test(r.path));
    expect(integrations.map((r) => r.key).sort()).toEqual([
      "DELETE /api/v1/projects/[projectId]/slack",
      "DELETE /api/v1/projects/[projectId]/webhooks/[webhookId]",
      "GET /api/v1/projects/[projectId]/slack",
      "GET /api/v1/projects/[projectId]/webhooks",
      "GET /api/v1/projects/[projectId]/webhooks/[webhookId]/deliveries",
      "PATCH /api/v1/projects/[projectId]/webhooks/[webhookId]",
      "POST /api/v1/projects/[projectId]/slack/test",
      "POST /api/v1/projects/[projectId]/webhooks",
      "POST /api/v1/projects/[projectId]/webhooks/[webhookId]/secret",
      "POST /api/v1/projects/[projectId]/webhooks/[webhookId]/test",
      "PUT /api/v1/projects/[projectId]/slack",
    ]);
    for (const r of integrations) expect(r.declaration, r.key).toMatchObject({ auth: "principal", access: "admin" });
  });
});

describe("the inventory check itself", () => {
  const declared = route({ auth: "principal", access: "view", params: z.object({ projectId: z.string() }) }, async () => ({}));

  it("fails on a handler that is not a route(), unless it is listed with its reason", () => {
    const plain = { GET: async () => new Response("{}") };
    expect(checkRouteModule("/api/v1/projects/[projectId]/export", plain).problems).toEqual([
      "GET /api/v1/projects/[projectId]/export is not a route() handler: declare it with route() from lib/http.ts",
    ]);
    expect(
      checkRouteModule("/api/v1/projects/[projectId]/export", plain, { "GET /api/v1/projects/[projectId]/export": "a reason" }).problems,
    ).toEqual([]);
    expect(checkRouteModule("/api/v1/projects/[projectId]/export", { GET: declared, OPTIONS: corsPreflight() }).problems).toEqual([]);
    expect(Object.values(NOT_WRAPPED).every((reason) => reason.length > 10)).toBe(true);
  });

  it("fails on a route under a project folder whose params leave out the project (it would check no access)", () => {
    const escaped = route({ auth: "principal", params: z.object({ taskId: z.string() }) }, async () => ({}));
    expect(checkRouteModule("/api/v1/projects/[projectId]/tasks/[taskId]/x", { POST: escaped }).problems).toEqual([
      "POST /api/v1/projects/[projectId]/tasks/[taskId]/x parses params [taskId] but its folder names [projectId, taskId]",
      "POST /api/v1/projects/[projectId]/tasks/[taskId]/x names a project but declares no access level",
    ]);
  });

  it("route() refuses, when the module loads, a projectId route without an access level (and the types refuse it first)", () => {
    expect(() =>
      // @ts-expect-error a route with a projectId param must declare `access`
      route({ auth: "principal", params: z.object({ projectId: z.string() }) }, async () => ({})),
    ).toThrow(/must declare its access level/);
    expect(() =>
      // @ts-expect-error access levels are for principal and user routes
      route({ auth: "public_key", access: "view", params: z.object({ projectId: z.string() }) }, async () => ({})),
    ).toThrow(/access levels are for principal or user routes/);
    expect(() =>
      // @ts-expect-error without a projectId there is no project to check
      route({ auth: "principal", access: "view", params: z.object({ taskId: z.string() }) }, async () => ({})),
    ).toThrow(/needs a projectId parameter/);
  });

  it("a route without an access level never serves a path that names a project", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const unguarded = route({ auth: "principal" }, async () => ({ leaked: true }));
    const res = await callRoute(unguarded, { token, params: { projectId: project.id } });
    expect(res.status).toBe(500);
    expect(res.json.leaked).toBeUndefined();
  });

  it("the wrapper hands the handler the project and the caller's role it checked", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const res = await callRoute(
      route({ auth: "principal", access: "view", params: z.object({ projectId: z.string() }) }, async ({ project: p, role }) => ({
        id: p.id,
        role,
      })),
      { token, params: { projectId: project.id } },
    );
    expect(res.json).toEqual({ id: project.id, role: "owner" });
  });
});
