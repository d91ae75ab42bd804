// 100,000 nested brackets fit in 200 KB; everything after JSON.parse recurses (zod, JSON.stringify,
// the database driver) and overflowed the stack (a 500). Every body reader bounds the depth first.
import { sign } from "@octokit/webhooks-methods";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/github/credential-cipher";
import { MAX_EVENT_BATCH_BYTES } from "@/lib/recordings/schemas";
import { MAX_JSON_DEPTH } from "@/lib/validation/bounded-json";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const events = await import("@/app/api/sdk/sessions/[sessionId]/events/route");
const screenerResponses = await import("@/app/api/sdk/screeners/[screenerId]/responses/route");
const webhook = await import("@/app/api/webhooks/github/route");

const nested = (levels: number) => "[".repeat(levels) + "]".repeat(levels);

async function activeSession() {
  const owner = await createOwnerWithProject(db);
  const session = await createSession(db, {
    projectId: owner.project.id,
    status: "active",
    consents: { recording: true, analytics: true },
  });
  return {
    ...owner,
    session,
    params: { sessionId: session.id },
    path: (s: string) => `/api/sdk/sessions/${session.id}${s}?key=${owner.publicKey}`,
  };
}

describe("deeply nested JSON bodies", () => {
  it("events: a 200 KB batch nesting 100,000 levels in an event's data is a 400, nothing stored", async () => {
    const s = await activeSession();
    const rawBody = `{"events":[{"id":"e1","type":"custom","offsetMs":0,"data":{"x":${nested(99_990)}}}]}`;
    expect(rawBody.length).toBeLessThan(MAX_EVENT_BATCH_BYTES);
    const res = await callRoute(events.POST, {
      method: "POST",
      path: s.path("/events"),
      params: s.params,
      rawBody,
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "bad_request", details: { maxDepth: MAX_JSON_DEPTH } });
    expect(await db.sessionEvent.count({ where: { sessionId: s.session.id } })).toBe(0);
  });

  it("events: data nested within the limit is stored", async () => {
    const s = await activeSession();
    const rawBody = `{"events":[{"id":"e1","type":"custom","offsetMs":0,"data":{"x":${nested(20)}}}]}`;
    const res = await callRoute(events.POST, {
      method: "POST",
      path: s.path("/events"),
      params: s.params,
      rawBody,
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(200);
  });

  it("route() bodies: a screener answer nesting 100,000 levels is a 400 in the documented shape, nothing stored", async () => {
    const owner = await createOwnerWithProject(db);
    const screener = await createScreener(db, { projectId: owner.project.id });
    const rawBody = `{"answers":{"${screener.questions[0].id}":${nested(100_000)}}}`;
    const res = await callRoute(screenerResponses.POST, {
      method: "POST",
      path: `/api/sdk/screeners/${screener.id}/responses?key=${owner.publicKey}`,
      params: { screenerId: screener.id },
      rawBody,
      headers: { "content-type": "application/json", "x-forwarded-for": "10.77.0.1" },
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: { code: "bad_request", message: expect.stringContaining(`${MAX_JSON_DEPTH} levels`), details: { maxDepth: MAX_JSON_DEPTH } },
    });
    expect(await db.screenerResponse.count({ where: { screenerId: screener.id } })).toBe(0);
  });

  it("webhook: a signed bomb is refused with a 400 and changes nothing", async () => {
    const owner = await createOwnerWithProject(db);
    const secret = "whsec-deep-json";
    await db.githubConnection.create({
      data: {
        projectId: owner.project.id,
        authKind: "token",
        owner: "acme",
        repo: "deep",
        credentials: encryptSecret("token"),
        webhookSecret: encryptSecret(secret),
      },
    });
    const rawBody = `{"repository":{"full_name":"acme/deep"},"x":${nested(100_000)}}`;
    const headers = {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": "d1",
      "x-hub-signature-256": await sign(secret, rawBody),
    };
    const res = await callRoute(webhook.POST, { method: "POST", path: "/api/webhooks/github", rawBody, headers });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("bad_request");
  });
});
